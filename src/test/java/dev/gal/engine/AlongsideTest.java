package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.rule.Finding;
import dev.gal.schema.SchemaDiagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The stage beside the main one: on the file's own executor when it has one, and its findings always come second. */
class AlongsideTest {
  private final LoadResult loaded = new Loader(LoadLimits.DEFAULTS)
      .load("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\n".getBytes(StandardCharsets.UTF_8), "api.yaml");
  private final List<String> threads = new ArrayList<>();

  /** A stage that records the thread it ran on and adds one finding with its name. */
  private Stage recording(String name) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void run(FileLint file) {
        synchronized (threads) {
          threads.add(name + "@" + Thread.currentThread().getName());
        }
        file.found().add(Finding.of(SchemaDiagnostics.ALL.get(0), name,
            new SourceRange(new SourcePosition(1, 1), new SourcePosition(1, 2)), JsonPointer.root()));
      }
    };
  }

  private List<String> run(ExecutorService executor) {
    FileLint file = new FileLint(new InputFile(Path.of("api.yaml"), "api.yaml", true), loaded, new ArrayList<>())
        .sideExecutor(executor);
    file.at(loaded.documents().get(0), new ArrayList<>());
    new Alongside(recording("beside"), recording("main"), new StageRunner(Timings.OFF)).run(file);
    return file.found().stream().map(Finding::message).toList();
  }

  @Test
  void withoutAnExecutorBothRunOnTheCallingThreadMainFirst() {
    assertEquals(List.of("main", "beside"), run(null));
    String caller = Thread.currentThread().getName();
    assertEquals(List.of("main@" + caller, "beside@" + caller), threads);
  }

  @Test
  void withAnExecutorTheStageBesideRunsOnItAndItsFindingsStillComeSecond() {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "side-for-test"));
    try {
      assertEquals(List.of("main", "beside"), run(executor));
    } finally {
      executor.shutdownNow();
    }
    assertTrue(threads.contains("beside@side-for-test"), threads.toString());
    assertTrue(threads.contains("main@" + Thread.currentThread().getName()), threads.toString());
  }
}
