package dev.gal.engine;

import dev.gal.schema.SchemaStage;

/** Checks a GAL config against the schema, and keeps the misspelled keys for the follow-ons stage. */
final class GalSchemaStage implements Stage {
  @Override
  public String name() {
    return "schema";
  }

  @Override
  public boolean appliesTo(FileLint file) {
    return file.isGalConfig();
  }

  @Override
  public void run(FileLint file) {
    SchemaStage.Checked schema = SchemaStage.galConfig().check(file.document());
    file.found().addAll(schema.findings());
    file.schemaChecked(schema.misspellings());
    if (schema.stoppedAtFirst()) {
      file.notice(ToolNotice.Level.WARNING, ("the document holds more than %d values, so the schema stage reported only "
          + "its first problem; fix it and run again").formatted(SchemaStage.FULL_CHECK_MAX_VALUES));
    }
  }
}
