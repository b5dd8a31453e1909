package dev.gal.builtin.endpoint;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.ConfigArns;

@RuleInfo(
    id = "AWS-END-002",
    name = "edge-endpoint-in-china",
    summary = "EDGE endpoint for an API in the China partition (aws-cn)",
    description = "Edge-optimized endpoints run through CloudFront, and API Gateway in the China regions "
        + "does not offer them. The China edition of 'Getting Started with Amazon Web Services in "
        + "China' (English: https://docs.amazonaws.cn/en_us/aws/latest/userguide/api-gateway.html) "
        + "lists for API Gateway that edge-optimized APIs and edge-optimized custom domain names "
        + "are not supported; the quote below is that page's Chinese text. The partition is taken "
        + "from the ARNs in the config. Use endpoint_type REGIONAL.",
    severity = Severity.ERROR,
    category = Category.ENDPOINT,
    reference = "https://docs.amazonaws.cn/aws/latest/userguide/api-gateway.html",
    quote = "不支持边缘优化 APIs 和边缘优化的自定义域名。")
public final class EdgeInChina implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("endpoint_type").filter(t -> t.value().equals("EDGE")).ifPresent(edge ->
        ConfigArns.of(config).stream().filter(a -> a.value().partition().equals("aws-cn")).findFirst().ifPresent(arn ->
            context.report(edge.pointer(), ("endpoint_type EDGE is not available in the China partition, which the ARN "
                + "at %s uses; use REGIONAL").formatted(arn.pointer()))));
  }
}
