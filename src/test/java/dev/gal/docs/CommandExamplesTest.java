package dev.gal.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command output shown in README.md and docs/ is what the current build
 * prints (see {@link CommandExamples} for the marker). To rewrite the blocks
 * on purpose: mvn test -Dtest=CommandExamplesTest -Dgal.updateDocs=true
 * (or -Dgal.updateGolden=true, which rewrites the CLI golden files too).
 */
class CommandExamplesTest {
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateDocs")
      || TestSupport.updateRequested("gal.updateGolden");
  private static final String HOW = "mvn test -Dtest=CommandExamplesTest -Dgal.updateDocs=true";

  @TestFactory
  Stream<DynamicTest> everyShownOutputIsCurrent() throws IOException {
    if (UPDATE) {
      for (Path file : markdownFiles()) {
        Files.writeString(file, CommandExamples.regenerated(Files.readString(file)));
      }
    }
    return markdownFiles().stream().flatMap(file -> {
      String markdown = TestSupport.read(file);
      String name = TestSupport.root().relativize(file).toString();
      return CommandExamples.in(markdown).stream().map(example -> DynamicTest.dynamicTest(name + ": " + example.command(),
          () -> assertEquals(CommandExamples.output(example.command()), example.shown(),
              name + " shows an output that '" + example.command() + "' no longer prints: " + HOW)));
    });
  }

  @Test
  void everyMarkerIsFollowedByAFencedBlock() throws IOException {
    for (Path file : markdownFiles()) {
      String markdown = TestSupport.read(file);
      assertEquals(CommandExamples.markers(markdown), (long) CommandExamples.in(markdown).size(),
          file + ": each '" + CommandExamples.MARKER + "COMMAND -->' needs a fenced block on the next line");
    }
  }

  @Test
  void theReadmeAndTheJsonFormatShowRealOutputs() {
    assertTrue(CommandExamples.in(TestSupport.read(TestSupport.root().resolve("README.md"))).size() >= 2);
    assertTrue(CommandExamples.in(TestSupport.read(TestSupport.root().resolve("docs/json-format.md"))).size() >= 1);
  }

  /** README.md and every Markdown file under docs/. */
  private static List<Path> markdownFiles() throws IOException {
    try (Stream<Path> docs = Files.walk(TestSupport.root().resolve("docs"))) {
      return Stream.concat(Stream.of(TestSupport.root().resolve("README.md")),
          docs.filter(p -> p.toString().endsWith(".md")).sorted()).toList();
    }
  }
}
