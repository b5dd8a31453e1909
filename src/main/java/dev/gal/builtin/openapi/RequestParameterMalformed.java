package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-OAS-010",
    name = "request-parameter-mapping-malformed",
    summary = "A requestParameters mapping has a malformed key or value",
    description = "REST API requestParameters map integration.request.(path|querystring|header).NAME to "
        + "method.request.(path|querystring|header|multivaluequerystring|multivalueheader).NAME, "
        + "context.X, stageVariables.X (the guide also writes $context.X and $stageVariables.X) or a 'literal' "
        + "in single quotes. Anything else is no mapping expression API Gateway can evaluate. A static value "
        + "without its single quotes is AWS-OAS-041's.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html",
    quote = "Integration request parameters, in the form of path variables, query strings or headers, can be "
        + "mapped from any defined method request parameters and the payload.")
public final class RequestParameterMalformed extends IntegrationRule {
  private static final Pattern KEY = Pattern.compile(
      "integration\\.request\\.(path|querystring|header|multivaluequerystring|multivalueheader)\\.[^\\s.][^\\s]*");
  private static final Pattern VALUE = Pattern.compile(
      "method\\.request\\.(path|querystring|header|multivaluequerystring|multivalueheader|body)(\\.[^\\s]+|\\.JSONPath_EXPRESSION)?"
          + "|\\$?context\\.[A-Za-z0-9_.]+|\\$?stageVariables\\.[A-Za-z0-9_]+|'[^']*'");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (kind == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    integration.object("requestParameters").ifPresent(parameters -> parameters.value().fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      String value = entry.getValue().asText("");
      if (Placeholders.templated(key) || Placeholders.templated(value)) {
        return;
      }
      if (!KEY.matcher(key).matches()) {
        context.reportKey(parameters.pointer().append(key), "%s: requestParameters key \"%s\" is not integration.request.(path|querystring|header).NAME"
            .formatted(operation.label(), key));
      } else if (!VALUE.matcher(value).matches() && !MappingValues.unquotedStatic(value)) {
        context.report(parameters.pointer().append(key),
            "%s: requestParameters value \"%s\" is not method.request.*, context.*, stageVariables.* or a 'literal'"
                .formatted(operation.label(), value));
      }
    }));
  }
}
