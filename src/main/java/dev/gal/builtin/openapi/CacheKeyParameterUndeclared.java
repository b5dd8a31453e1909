package dev.gal.builtin.openapi;

import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Placeholders;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-OAS-043",
    name = "cache-key-parameter-undeclared",
    summary = "A cacheKeyParameters entry is not a method request parameter the operation declares",
    description = "Cache keys are formed from the method's request parameters, so each cacheKeyParameters entry "
        + "of the form method.* must name a path, query string or header parameter that the operation or its path "
        + "item declares, written method.request.path|querystring|header.NAME; the old form method.input.params.NAME "
        + "names none. Import fails with \"Invalid cache key parameter specified\" "
        + "(amazon-archives/aws-apigateway-importer#148, DianaIonita/serverless-api-gateway-caching#65; AWS "
        + "Support's answer in awsdocs/aws-cloudformation-user-guide#177: a cache key parameter must also be a "
        + "method request parameter). Declare the parameter, or fix or remove the entry.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
    quote = "When a cached method or integration has parameters, which can take the form of custom headers, URL "
        + "paths, or query strings, you can use some or all of the parameters to form cache keys.")
public final class CacheKeyParameterUndeclared extends IntegrationRule {
  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    if (kind == OpenApiDocument.ApiKind.HTTP) {
      return;
    }
    List<Located<String>> keys = integration.strings("cacheKeyParameters");
    if (keys.isEmpty()) {
      // Few integrations have cache keys; the declarations are read only for those that do.
      return;
    }
    MethodRequestParameters declared = MethodRequestParameters.of(operation, document);
    for (Located<String> key : keys) {
      String value = key.value();
      if (Placeholders.templated(value) || !value.startsWith("method.")) {
        continue;
      }
      if (!MethodRequestParameters.names(value)) {
        context.report(key.pointer(), "%s: cache key parameter %s is not method.request.path|querystring|header.NAME%s"
            .formatted(operation.label(), value, value.startsWith("method.input.params.")
                ? " (method.input.params.* is the old form; name the declared parameter, e.g. method.request.querystring."
                    + value.substring("method.input.params.".length()) + ")" : ""));
      } else {
        declared.undeclared(value).ifPresent(where -> context.report(key.pointer(),
            "%s: cache key parameter %s names no declared %s parameter %s".formatted(operation.label(), value, where,
                MethodRequestParameters.name(value))));
      }
    }
  }
}
