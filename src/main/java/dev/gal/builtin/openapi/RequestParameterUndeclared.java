package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-OAS-011",
    name = "request-parameter-mapping-undeclared",
    summary = "A requestParameters mapping reads a method request parameter the operation does not declare",
    description = "method.request.path.NAME, method.request.querystring.NAME (and multivaluequerystring) and "
        + "method.request.header.NAME (and multivalueheader) exist only when the operation or its path item "
        + "declares a parameter NAME in path, query or header; the method request parameters must be defined "
        + "before a mapping references them. A greedy {proxy+} is declared as the path parameter proxy. A header "
        + "that a security scheme reads, such as Authorization, is no method request parameter either. Import "
        + "fails with \"Invalid mapping expression parameter specified: method.request.path.petId\" "
        + "(awsdocs/amazon-api-gateway-developer-guide#24; for a header, "
        + "serverless-operations/serverless-apigateway-service-proxy#44). Declare the parameter or fix the name.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-requestParameters.html",
    quote = "For REST APIs, specifies mappings from named method request parameters to integration request "
        + "parameters. The method request parameters must be defined before being referenced.")
public final class RequestParameterUndeclared extends IntegrationRule {
  static final String PREFIX = "method.request.path.";

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    MethodRequestParameters declared = MethodRequestParameters.of(operation, document);
    integration.object("requestParameters").ifPresent(parameters -> parameters.value().fields().forEachRemaining(entry -> {
      String value = entry.getValue().asText("");
      if (Placeholders.templated(value)) {
        return;
      }
      declared.undeclared(value).ifPresent(where -> context.report(parameters.pointer().append(entry.getKey()),
          "%s maps %s, but declares no %s parameter %s".formatted(operation.label(), value, where, MethodRequestParameters.name(value))));
    }));
  }
}
