package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

@RuleInfo(
    id = "AWS-OAS-012",
    name = "integration-response-invalid",
    summary = "An integration response has an invalid statusCode or selectionPattern",
    description = "Each integration response maps backend responses, chosen by the selectionPattern "
        + "regular expression (the response key), to a method response statusCode of three digits. A "
        + "statusCode such as 2XX is no HTTP status, and a pattern that is no valid regular expression matches nothing.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html",
    quote = "Either a regular expression used to match the integration response to the method response, or "
        + "default to catch any response that you haven't configured.")
public final class IntegrationResponseInvalid extends IntegrationRule {
  private static final Pattern STATUS = Pattern.compile("[1-5]\\d\\d");

  @Override
  void check(OpenApiDocument.Operation operation, Node integration, OpenApiDocument.ApiKind kind,
      OpenApiDocument document, RuleContext context) {
    integration.object("responses").ifPresent(responses -> responses.value().fieldNames().forEachRemaining(pattern ->
        responses.object(pattern).ifPresent(response -> {
          response.member("statusCode").filter(code -> !STATUS.matcher(code.value().asText()).matches())
              .ifPresent(code -> context.report(code.pointer(), "%s: integration response statusCode \"%s\" is not a three-digit status"
                  .formatted(operation.label(), code.value().asText())));
          String regex = response.value().path("selectionPattern").asText(pattern.equals("default") ? "" : pattern);
          try {
            Pattern.compile(regex);
          } catch (PatternSyntaxException e) {
            context.reportKey(response.pointer(), "%s: selectionPattern \"%s\" is not a valid regular expression"
                .formatted(operation.label(), regex));
          }
        })));
  }
}
