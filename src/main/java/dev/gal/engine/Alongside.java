package dev.gal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Two stages that read the same document independently; the findings and notices of the one beside come after the
 * main one's, however they ran. When the engine lints a single file it gives the file an executor of its own, and the
 * stage beside runs on it while the main one runs on the calling thread; when files run in parallel every core is
 * busy already, so they run one after the other. Never the common pool: a file's thread blocking on it can starve
 * the pool it waits for.
 */
final class Alongside implements CompositeStage {
  private final Stage beside;
  private final Stage main;
  private final StageRunner runner;

  Alongside(Stage beside, Stage main, StageRunner runner) {
    this.beside = beside;
    this.main = main;
    this.runner = runner;
  }

  @Override
  public String name() {
    return beside.name() + " alongside " + main.name();
  }

  @Override
  public List<Stage> parts() {
    return List.of(beside, main);
  }

  @Override
  public void run(FileLint file) {
    ExecutorService executor = file.sideExecutor();
    if (executor == null || !beside.appliesTo(file) || !main.appliesTo(file)) {
      runner.run(main, file);
      runner.run(beside, file);
      return;
    }
    FileLint forked = file.variant(file.document(), List.of(), new ArrayList<>());
    Future<?> pending = executor.submit(() -> runner.run(beside, forked));
    runner.run(main, file);
    Futures.await(pending);
    file.found().addAll(forked.found());
    file.notices().addAll(forked.notices());
  }
}
