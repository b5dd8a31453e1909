package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-007",
    name = "body-transformation-ignored",
    summary = "Body transformation that the proxy export cannot apply",
    description = "Proxy integrations pass bodies through untouched; changing them takes mapping templates, "
        + "which gal export does not generate. A route's body_transformation is dropped from the "
        + "export; the service-level transformation block has a rule of its own, AWS-GAL-012.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-basic-concept.html",
    quote = "For HTTP proxy integration, API Gateway passes the entire request and response between "
        + "the frontend and an HTTP backend.")
public final class BodyTransformationIgnored extends IgnoredFeatureRule {
  public BodyTransformationIgnored() {
    super("body transformation",
        "transform in the backend or a Lambda function");
  }
}
