package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.stream.StreamSupport;

@RuleInfo(
    id = "AWS-OAS-047",
    name = "mock-without-status-template",
    summary = "A mock integration has no request template that sets statusCode",
    description = "A mock integration answers with the integration response whose status the request mapping "
        + "template returns, such as {\"statusCode\": 200}. The guide allows leaving the template out only to "
        + "return the default integration response (the one without a selectionPattern), with a suitable "
        + "passthroughBehavior; whatever reaches the mock instead of a template must still yield a statusCode, or "
        + "the call fails with 500 (\"Unable to parse statusCode. It should be an integer that is defined in the "
        + "request template.\"). Import accepts it either way, so this is a warning. Add a requestTemplates entry "
        + "such as application/json: '{\"statusCode\": 200}'.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html",
    quote = "For a method with the mock integration to return a 200 response, configure the integration request body "
        + "mapping template to return the following.")
public final class MockWithoutStatusTemplate extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (kind != OpenApiDocument.ApiKind.REST || !operation.integrationType().equals("mock")) {
      return;
    }
    boolean setsStatus = integration.object("requestTemplates").map(t -> StreamSupport.stream(t.value().spliterator(), false)
        .anyMatch(template -> template.asText("").contains("statusCode"))).orElse(false);
    if (setsStatus) {
      return;
    }
    boolean defaultResponse = integration.object("responses").map(r -> r.has("default")).orElse(false);
    context.reportKey(integration.member("requestTemplates").map(Node::pointer)
            .orElse(integration.member("type").map(Node::pointer).orElse(integration.pointer())),
        defaultResponse
            ? ("%s: mock integration without a request template that sets statusCode; only the default integration response "
                + "can answer, and a passed-through body without a statusCode fails with 500").formatted(operation.label())
            : ("%s: mock integration without a request template that sets statusCode and without a default integration "
                + "response, so no integration response is selected and calls fail with 500").formatted(operation.label()));
  }
}
