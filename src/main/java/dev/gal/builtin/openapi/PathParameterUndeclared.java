package dev.gal.builtin.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
    id = "AWS-OAS-029",
    name = "path-parameter-undeclared",
    summary = "A path variable that the operation neither declares nor maps",
    description = "Only a declared path parameter can be required, validated or mapped to the integration. Declare "
        + "each {name} (and greedy {name+}) of a path as a required path parameter of the operation or of the path "
        + "item; a greedy {proxy+} is declared as proxy. The guide does not say that import rejects an undeclared "
        + "variable, so this is a warning. A variable that a requestParameters mapping reads is left to AWS-OAS-011, "
        + "which reports the mapping as an error. gal lint --fix declares the parameter on the operation: required, "
        + "of type string.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html",
    fix = FixKind.SAFE,
    quote = "As part of method request setup, you must declare required request parameters to make them available "
        + "for the client.")
public final class PathParameterUndeclared implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    for (OpenApiDocument.Operation operation : document.operations()) {
      List<String> variables = OpenApiPaths.variables(operation);
      // Most variables are declared: the mappings are read only for one that is not.
      Set<String> declared = variables.isEmpty() ? Set.of() : operation.declaredPathParameters(document);
      Set<String> mapped = null;
      for (String variable : variables) {
        if (declared.contains(variable) || declared.contains(variable + "+")) {
          continue;
        }
        mapped = mapped != null ? mapped : mappedPathParameters(operation);
        if (!mapped.contains(variable)) {
          context.reportKey(operation.node().pointer(), "%s does not declare the path parameter %s, so it cannot require, validate or map it"
              .formatted(operation.label(), variable), declaring(operation, variable, document.isSwagger2()));
        }
      }
    }
  }

  /** The fix that adds the parameter to the operation's parameters, or gives it parameters; null when they are not a list. */
  private static Fix declaring(OpenApiDocument.Operation operation, String name, boolean swagger2) {
    ObjectNode parameter = JsonNodeFactory.instance.objectNode().put("name", name).put("in", "path").put("required", true);
    if (swagger2) {
      parameter.put("type", "string");
    } else {
      parameter.putObject("schema").put("type", "string");
    }
    Node node = operation.node();
    if (!node.has("parameters")) {
      return Fix.addMember(node.pointer(), "parameters", JsonNodeFactory.instance.arrayNode().add(parameter));
    }
    return node.value().get("parameters").isArray() ? Fix.appendItems(node.pointer().append("parameters"), List.of(parameter)) : null;
  }

  private static Set<String> mappedPathParameters(OpenApiDocument.Operation operation) {
    Set<String> names = new TreeSet<>();
    operation.integration().flatMap(i -> i.object("requestParameters")).ifPresent(parameters -> parameters.value().elements()
        .forEachRemaining(value -> {
          if (value.asText("").startsWith(RequestParameterUndeclared.PREFIX)) {
            names.add(value.asText().substring(RequestParameterUndeclared.PREFIX.length()));
          }
        }));
    return names;
  }
}
