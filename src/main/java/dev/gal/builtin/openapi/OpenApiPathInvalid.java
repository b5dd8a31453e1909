package dev.gal.builtin.openapi;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.paths.PathChecks;
import dev.gal.builtin.paths.SiblingVariables;

@RuleInfo(
    id = "AWS-OAS-028",
    name = "openapi-path-invalid",
    summary = "An OpenAPI path API Gateway cannot turn into resources",
    description = "The path checks of the GAL stage, applied to OpenAPI paths: balanced braces around "
        + "whole segments, valid and unique variable names, a greedy {name+} only at the end, no empty "
        + "segment, literal segments of only letters, digits, '_', '-', '.', ',' and ':', and one variable "
        + "child per resource. "
        + "API Gateway cannot create resources for a path that breaks them.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html",
    quote = "Path segments can only contain alphanumeric characters, underscores, hyphens, periods, commas, "
        + "colons, and curly braces. Path parameters must be separate path segments.")
public final class OpenApiPathInvalid implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    SiblingVariables siblings = new SiblingVariables();
    document.root().object("paths").ifPresent(paths -> paths.value().fieldNames().forEachRemaining(path -> {
      if (!path.startsWith("/")) {
        return;
      }
      for (String problem : PathChecks.problems(path)) {
        context.reportKey(paths.pointer().append(path), "path %s %s".formatted(path, problem));
      }
      siblings.add(path).ifPresent(problem -> context.reportKey(paths.pointer().append(path), "path %s %s".formatted(path, problem)));
    }));
  }
}
