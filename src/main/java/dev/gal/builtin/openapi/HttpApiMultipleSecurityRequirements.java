package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "AWS-OAS-036",
    name = "http-api-multiple-security-requirements",
    summary = "An HTTP API operation with more than one security requirement",
    description = "OpenAPI lets an operation list several security requirements (any one of them suffices) and "
        + "several schemes in one requirement (all of them apply). An HTTP API route has exactly one authorization: "
        + "IAM, a Lambda authorizer or a JWT authorizer, so import rejects the document. Keep one requirement with "
        + "one scheme per operation.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html",
    quote = "As another example, while OpenAPI allows users to define an API with multiple security requirements "
        + "attached to a particular operation, API Gateway does not support this. Each operation can have only one "
        + "of IAM authorization, a Lambda authorizer, or a JWT authorizer. Attempting to model multiple security "
        + "requirements results in an error.")
public final class HttpApiMultipleSecurityRequirements implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    document.root().member("security").ifPresent(s -> check(s, "the top-level security", context));
    for (OpenApiDocument.Operation operation : document.operations()) {
      operation.node().member("security").ifPresent(s -> check(s, operation.label(), context));
    }
  }

  /** Reports the second requirement, or the second scheme of a lone requirement: what makes a second one. */
  private static void check(Node security, String owner, RuleContext context) {
    List<Node> requirements = security.items();
    if (requirements.size() > 1) {
      context.report(requirements.get(1).pointer(), "%s lists %d security requirements; an HTTP API operation may have only one"
          .formatted(owner, requirements.size()));
    } else if (requirements.size() == 1 && requirements.get(0).value().size() > 1) {
      Node requirement = requirements.get(0);
      List<String> schemes = new ArrayList<>();
      requirement.value().fieldNames().forEachRemaining(schemes::add);
      context.reportKey(requirement.pointer().append(schemes.get(1)),
          "%s requires the security schemes %s together; an HTTP API operation may have only one".formatted(owner, schemes));
    }
  }
}
