package dev.gal.engine;

import dev.gal.openapi.OpenApiStage;

/** The structural check of an OpenAPI document the user wrote, and its $refs. */
final class OpenApiStructureStage implements Stage {
  private final OpenApiStage structure;

  OpenApiStructureStage(OpenApiStage structure) {
    this.structure = structure;
  }

  @Override
  public String name() {
    return "openapi structure";
  }

  @Override
  public boolean appliesTo(FileLint file) {
    return file.isOpenApi();
  }

  @Override
  public void run(FileLint file) {
    structure.check(file.document(), file.input().path(), file.found());
  }
}
