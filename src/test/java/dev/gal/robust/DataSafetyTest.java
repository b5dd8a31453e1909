package dev.gal.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes never destroy a user's file: killed mid-write, concurrent, or aimed at an input. */
class DataSafetyTest {
  @TempDir
  Path dir;

  @Test
  void killedMidWriteLeavesTheOldFileIntact() throws Exception {
    Path out = dir.resolve("api.json");
    Files.writeString(out, "OLD CONTENT\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Dgal.test.atomicWritePauseMs=60000", "-cp", System.getProperty("java.class.path"),
        "dev.gal.cli.Main", "export", "-o", out.toString(), TestSupport.root().resolve("examples/petstore.yaml").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("process.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaryFiles().isEmpty() && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(50);
      }
      assertTrue(!temporaryFiles().isEmpty(), "the export reached the window between writing and renaming");
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    assertEquals("OLD CONTENT\n", Files.readString(out));
  }

  private List<Path> temporaryFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void concurrentRunsWritingOneFileNeverInterleave() throws Exception {
    Path out = dir.resolve("shared.json");
    String expected = TestSupport.cli("export", "examples/lambda-authorizer.yaml").stdout();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        runs.add(pool.submit(() -> TestSupport.cli("export", "-o", out.toString(), "examples/lambda-authorizer.yaml").exitCode()));
      }
      for (Future<Integer> run : runs) {
        assertEquals(0, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(expected, Files.readString(out));
    new ObjectMapper().readTree(out.toFile());
    assertTrue(temporaryFiles().isEmpty(), "no temporary file is left behind");
  }

  @Test
  void lintNeverWritesOverAnInput() throws Exception {
    Path config = dir.resolve("gal.yaml");
    Files.copy(TestSupport.root().resolve("examples/petstore.yaml"), config);
    String before = Files.readString(config);
    assertEquals(2, TestSupport.cli("lint", "--output", config.toString(), config.toString()).exitCode());
    assertEquals(2, TestSupport.cli("lint", "--write-baseline", config.toString(), config.toString()).exitCode());
    assertEquals(before, Files.readString(config));
    assertEquals(0, TestSupport.cli("lint", "--force", "--output", dir.resolve("report.txt").toString(), config.toString()).exitCode());
  }

}
