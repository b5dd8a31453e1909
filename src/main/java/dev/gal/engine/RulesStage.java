package dev.gal.engine;

import dev.gal.model.OpenApiDocument;

/** The rules for the kind of document: GAL config rules, or OpenAPI rules. */
final class RulesStage implements Stage {
  private final RuleRunner rules;

  RulesStage(RuleRunner rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public void run(FileLint file) {
    if (file.isOpenApi()) {
      OpenApiDocument openApi = new OpenApiDocument(file.document());
      file.notice(ToolNotice.Level.VERBOSE, "document %d: %s, linted as %s API".formatted(file.document().number(),
          openApi.isSwagger2() ? "Swagger 2.0" : "OpenAPI " + file.document().root().path("openapi").asText(), openApi.kind()));
      rules.openApi(openApi, file.found(), file.notices(), file.sideExecutor());
    } else {
      rules.galConfig(file.document(), file.found(), file.notices());
    }
  }
}
