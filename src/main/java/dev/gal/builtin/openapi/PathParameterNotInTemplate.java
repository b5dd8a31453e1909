package dev.gal.builtin.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "AWS-OAS-030",
    name = "path-parameter-not-in-path",
    summary = "A declared path parameter does not occur in the path",
    description = "A parameter with in: path must name a variable of the path. One that does not is never filled, and mappings that read it get nothing.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html",
    quote = "For example, for the GET /pets/{petId} method request, the {petId} path variable is a required "
        + "request parameter.")
public final class PathParameterNotInTemplate implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    // A path item's parameters belong to each of its operations; each declaration is reported once.
    Set<JsonPointer> reported = new HashSet<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      List<String> variables = OpenApiPaths.variables(operation);
      for (Node parameter : operation.parameters()) {
        JsonNode declared = document.resolve(parameter).value();
        String name = declared.path("name").asText();
        String plain = name.endsWith("+") ? name.substring(0, name.length() - 1) : name;
        if ("path".equals(declared.path("in").asText()) && !variables.contains(plain) && reported.add(parameter.pointer())) {
          context.report(parameter.member("name").map(Node::pointer).orElse(parameter.pointer()),
              "the path parameter %s is not a variable of the path %s, so it is never filled".formatted(name, operation.path()));
        }
      }
    }
  }
}
