package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.Locale;

@RuleInfo(
    id = "AWS-OAS-014",
    name = "authtype-invalid",
    summary = "x-amazon-apigateway-authtype uses a term reserved for AWS other than awsSigv4",
    description = "For a Lambda authorizer of a REST API, x-amazon-apigateway-authtype is free-form: custom, oauth2 "
        + "or any text that names the authorizer's internal scheme. awsSigv4 (IAM authorization) is reserved, and so "
        + "is every other term that starts with aws; such a term, like AWS_IAM or awsSigV4Auth, is most likely a "
        + "misspelt awsSigv4, so the operations would not get IAM authorization. Write awsSigv4, or a term that "
        + "does not start with aws.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html",
    quote = "More commonly, in HTTP APIs and REST APIs, it can also be used as a way to define IAM authorization across "
        + "several operations that share the same security scheme. In this case, the term awsSigv4 is a reserved term, "
        + "along with any term prefixed by aws.")
public final class AuthtypeInvalid extends SchemeRule {
  private static final String SIGV4 = "awsSigv4";

  @Override
  void check(Node scheme, Node authorizer, OpenApiDocument.ApiKind kind, RuleContext context) {
    scheme.string("x-amazon-apigateway-authtype")
        .filter(t -> t.value().toLowerCase(Locale.ROOT).startsWith("aws") && !t.value().equalsIgnoreCase(SIGV4))
        .ifPresent(t -> context.report(t.pointer(), ("security scheme %s has x-amazon-apigateway-authtype \"%s\", a term "
            + "reserved for AWS; write awsSigv4 for IAM authorization, or a term that does not start with aws")
            .formatted(name(scheme), t.value())));
  }
}
