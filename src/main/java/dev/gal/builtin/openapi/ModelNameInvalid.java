package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
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
    description = "Import makes a REST API model of each schema in components.schemas (definitions in Swagger "
        + "2.0), named as the schema. Model names may contain only letters and digits, so a schema named Pet-Input, "
        + "pet_input or Pet.read makes the import fail: \"Errors found during import: Unable to create model for "
        + "'body_1': Model name must be alphanumeric: body_1\" (edx/api-manager#259; also api-platform/core#3193, "
        + "terra-money/fcd-classic#36). Rename the schema and its $refs.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
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
        context.reportKey(schema.pointer(), ("model name %s has characters other than letters and digits, so import fails "
            + "(Model name must be alphanumeric)").formatted(name));
      }
    }
  }
}
