package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "AWS-OAS-044",
    name = "custom-authtype-without-authorizer",
    summary = "A security scheme names a custom x-amazon-apigateway-authtype but has no x-amazon-apigateway-authorizer",
    description = "In a REST API an x-amazon-apigateway-authtype other than awsSigv4 (custom, oauth2, "
        + "cognito_user_pools, ...) marks the scheme as a Lambda or Cognito authorizer, which "
        + "x-amazon-apigateway-authorizer must then define. Without it import cannot create the authorizer and "
        + "drops every method that requires the scheme: \"Unable to create authorizer from security definition: "
        + "'JWT_Authorizer'. Extension x-amazon-apigateway-authorizer is required. Any methods with security: "
        + "'JWT_Authorizer' will not be created.\" (amazon-archives/aws-apigateway-importer#187). The import only "
        + "warns, but the API lacks those operations. Add the authorizer, or remove the authtype for a plain API "
        + "key scheme. A term starting with aws is AWS-OAS-014's.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html",
    quote = "For REST APIs, this extension can be used to define a custom type of a Lambda authorizer.")
public final class CustomAuthtypeWithoutAuthorizer implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    for (Node scheme : document.securitySchemes()) {
      String name = scheme.pointer().lastSegment();
      scheme.string("x-amazon-apigateway-authtype")
          .filter(t -> !t.value().toLowerCase(Locale.ROOT).startsWith("aws") && !scheme.has(SchemeRule.AUTHORIZER))
          .ifPresent(authtype -> {
            List<String> dropped = document.operations().stream()
                .filter(o -> o.node().items("security").stream().anyMatch(r -> r.has(name))).map(o -> o.label()).toList();
            if (!dropped.isEmpty()) {
              context.report(authtype.pointer(), ("security scheme %s has x-amazon-apigateway-authtype \"%s\" but no "
                  + "x-amazon-apigateway-authorizer, so import creates no authorizer and drops every operation that requires it (%s)")
                  .formatted(name, authtype.value(), dropped.get(0) + (dropped.size() > 1 ? " and %d more".formatted(dropped.size() - 1) : "")));
            }
          });
    }
  }
}
