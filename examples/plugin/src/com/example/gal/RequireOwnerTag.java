package com.example.gal;

import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

/**
 * An example plugin rule over OpenAPI documents: every operation names the
 * team that owns it in a tag starting with team-. Built and loaded by
 * PluginTest; see the README for how to package it.
 */
@RuleInfo(
    id = "ACME-OAS-001",
    name = "acme-operation-owner-tag",
    summary = "Every operation has a team- tag that names its owner",
    description = "Our on-call routing pages the team in the operation's team- tag, such as team-payments.",
    severity = Severity.WARNING,
    category = Category.OPENAPI,
    reference = "https://spec.openapis.org/oas/v3.0.3#operation-object",
    // gal export writes no tags, so a GAL config would get this finding on every route.
    checksGenerated = false)
public final class RequireOwnerTag implements OpenApiRule {
  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    for (OpenApiDocument.Operation operation : document.operations()) {
      boolean owned = operation.node().strings("tags").stream().anyMatch(tag -> tag.value().startsWith("team-"));
      if (!owned) {
        context.reportKey(operation.node().pointer(), operation.label() + " has no team- tag; name the team that owns it");
      }
    }
  }
}
