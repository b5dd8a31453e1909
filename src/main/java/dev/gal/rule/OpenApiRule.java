package dev.gal.rule;

import dev.gal.model.OpenApiDocument;

/**
 * A rule over an OpenAPI document with API Gateway extensions: one a team keeps
 * by hand or exported from AWS, or the one gal export generates from a GAL config.
 */
public interface OpenApiRule extends Rule {
  void check(OpenApiDocument document, RuleContext context);
}
