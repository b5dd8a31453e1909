package dev.gal.builtin.endpoint;

import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.Arn;
import dev.gal.builtin.support.ConfigArns;
import dev.gal.builtin.support.Regions;

@RuleInfo(
    id = "AWS-END-012",
    name = "unknown-region",
    summary = "An ARN names a region this version does not know",
    description = "The region of an ARN is not one of the AWS regions this version of gal knows. Usually it "
        + "is a typo such as eu-central-3; if AWS has opened a new region, the list in gal needs an "
        + "update. Check the region. The list of regions is a table, not a sentence, so no quote is "
        + "given.",
    severity = Severity.WARNING,
    category = Category.ENDPOINT,
    reference = "https://docs.aws.amazon.com/general/latest/gr/rande.html")
public final class UnknownRegion implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (Located<Arn> arn : ConfigArns.of(config)) {
      String region = arn.value().region();
      if (!region.isEmpty() && Regions.looksLikeRegion(region) && Regions.partitionOf(region).isEmpty()) {
        context.report(arn.pointer(), "the region %s is not a region gal knows; check it for a typo".formatted(region));
      }
    }
  }

}
