package dev.gal.engine;

/**
 * One step of linting a file: load, schema, OpenAPI structure, rules, the generated document, severities,
 * suppressions, the findings cap. A stage reads what earlier stages left in the {@link FileLint} and adds to it;
 * the engine runs the stages in order and times each under its name for gal lint --timings.
 */
public interface Stage {
  /** How gal lint --timings names the stage. */
  String name();

  /** Whether the stage has anything to do here; a stage that does not apply is neither run nor timed. */
  default boolean appliesTo(FileLint file) {
    return true;
  }

  void run(FileLint file);
}
