package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-039",
    name = "response-header-mapping-undeclared",
    summary = "An integration response sets a method response header that the method response does not declare",
    description = "An integration response's responseParameters set method.response.header.NAME, which exists "
        + "only when the method response of its statusCode declares the header NAME (headers of that response in "
        + "the operation's responses). Import fails with \"Invalid mapping expression parameter specified: "
        + "method.response.header.Location\" (amazon-archives/aws-apigateway-importer#209; in CloudFormation, "
        + "deliveryhero/serverless-aws-documentation#91). Declare the header in that method response. A status "
        + "without a method response is AWS-OAS-040's; proxy integrations are not checked.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-set-up-method-using-console.html",
    quote = "If you need to translate any backend-returned header to one defined in a method response, you must "
        + "first add the method response header as described in this step.")
public final class ResponseHeaderMappingUndeclared extends IntegrationRule {
  private static final String HEADER = "method.response.header.";

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    for (Node response : IntegrationResponses.of(operation, integration, kind)) {
      String status = response.value().path("statusCode").asText("");
      MethodResponses.of(operation, status).filter(r -> !MethodResponses.rootReference(r)).ifPresent(methodResponse ->
          response.object("responseParameters").ifPresent(parameters -> parameters.value().fieldNames().forEachRemaining(key -> {
            if (key.startsWith(HEADER) && !MethodResponses.declaresHeader(document, methodResponse, key.substring(HEADER.length()))) {
              context.reportKey(parameters.pointer().append(key), "%s: %s is set for status %s, whose method response declares no header %s"
                  .formatted(operation.label(), key, status, key.substring(HEADER.length())));
            }
          })));
    }
  }
}
