package dev.gal.engine;

/** Runs a stage that applies, timed under its name; a composite stage times its parts instead. */
final class StageRunner {
  private final Timings timings;

  StageRunner(Timings timings) {
    this.timings = timings;
  }

  void run(Stage stage, FileLint file) {
    if (!stage.appliesTo(file)) {
      return;
    }
    if (stage instanceof CompositeStage) {
      stage.run(file);
    } else {
      timings.time(stage.name(), () -> stage.run(file));
    }
  }
}
