package dev.gal.rules.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-GAL-012",
    name = "service-transformation-ignored",
    summary = "Service-level request transformation that the proxy export cannot apply",
    description = "A service's transformation block (defaults, computed fields, validation) changes "
        + "request bodies, which proxy integrations pass through untouched. GAL drops it for AWS. "
        + "Do the transformation in the backend or a Lambda function.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html")
public final class ServiceTransformationIgnored extends IgnoredFeatureRule {
  public ServiceTransformationIgnored() {
    super(Scope.SERVICE, List.of("transformation"), "the service's request transformation",
        "transform in the backend or a Lambda function");
  }
}
