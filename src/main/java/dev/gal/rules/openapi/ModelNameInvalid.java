package dev.gal.rules.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "AWS-OAS-035",
    name = "model-name-invalid",
    summary = "A model name is not alphanumeric",
    description = "REST API model names may contain only letters and digits; a schema named Pet-Input or pet_input does not make a valid model name. The guide does not say whether import rejects or renames it, so this is a warning.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    appliesTo = AppliesTo.OPENAPI,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "Model names can only contain alphanumeric characters.")
public final class ModelNameInvalid implements OpenApiRule {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+");

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    for (Node schema : Models.of(document)) {
      String name = schema.pointer().lastSegment();
      if (!NAME.matcher(name).matches()) {
        context.reportKey(schema.pointer(), "model name %s has characters other than letters and digits".formatted(name));
      }
    }
  }
}
