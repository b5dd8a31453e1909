package dev.gal.builtin.portability;

import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-GAL-012",
    name = "service-transformation-ignored",
    summary = "Service-level request transformation that the proxy export cannot apply",
    description = "A service's transformation defaults, computed_fields, metadata and headers change "
        + "requests, which proxy integrations pass through untouched, so gal export drops them. "
        + "(validation.required_fields is exported as a request validator.) Do the transformation "
        + "in the backend or a Lambda function.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-basic-concept.html",
    quote = "For HTTP proxy integration, API Gateway passes the entire request and response between "
        + "the frontend and an HTTP backend.")
public final class ServiceTransformationIgnored extends IgnoredFeatureRule {
  private static final List<String> DROPPED = List.of("defaults", "computed_fields", "metadata", "headers");

  public ServiceTransformationIgnored() {
    super("the service's request transformation (all but validation)",
        "transform in the backend or a Lambda function");
  }

  /** Only validation survives the export; any other part of the block is dropped. */
  @Override
  boolean isOn(Node block) {
    return super.isOn(block) && DROPPED.stream().anyMatch(block::has);
  }
}
