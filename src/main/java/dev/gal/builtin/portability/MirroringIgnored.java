package dev.gal.builtin.portability;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-006",
    name = "mirroring-ignored",
    summary = "Request mirroring without a workaround, which API Gateway cannot do",
    description = "API Gateway has no request mirroring. GAL offers workarounds (mirroring_workaround "
        + "lambda_edge or cloudwatch_logs), deployed outside the API definition; without one, a "
        + "route's mirroring block is dropped and nothing is mirrored. The guide has no mirroring "
        + "feature to quote; the docs link is the Lambda@Edge workaround.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-edge.html")
public final class MirroringIgnored extends IgnoredFeatureRule {
  public MirroringIgnored() {
    super("request mirroring",
        "set mirroring_workaround to lambda_edge or cloudwatch_logs, or remove the block");
  }

  @Override
  boolean applies(GalConfig config) {
    return config.awsSettings().string("mirroring_workaround").filter(w -> !w.value().isEmpty()).isEmpty();
  }
}
