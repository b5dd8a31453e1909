package dev.gal.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Lints every fixture and example, exports every one that is not OpenAPI and
 * imports every OpenAPI one. TestSupport.cli checks that each rule id in the
 * output is one `gal rules` lists; this test checks that no output holds,
 * unless its input does, a format specifier (%s, %d, %1$s, ...), which is a
 * message whose arguments were never filled in, or a Java exception's name.
 */
class FixtureSweepTest {
  private static final Pattern NOT_FOR_PEOPLE = Pattern.compile(
      "%(\\d+\\$)?[-#+0,(<]*\\d*(\\.\\d+)?[a-zA-Z]|\\b[A-Z]\\w*(Exception|Error)\\b");
  private static final Set<String> EXTENSIONS = Set.of("yaml", "yml", "json");

  /** One run over all inputs, as a repository-wide lint would be. */
  @Test
  void lintEveryInput() throws IOException {
    List<String> args = new ArrayList<>(List.of("lint", "--format", "json"));
    inputs().forEach(file -> args.add(TestSupport.root().relativize(file).toString()));
    JsonNode report = new ObjectMapper().readTree(TestSupport.cli(args.toArray(String[]::new)).stdout());
    Map<String, Set<String>> slips = new TreeMap<>();
    for (JsonNode finding : report.path("findings")) {
      Set<String> found = leftovers(finding.path("message").asText(), Path.of(finding.path("file").asText()));
      if (!found.isEmpty()) {
        slips.computeIfAbsent(finding.path("ruleId").asText(), id -> new TreeSet<>()).add(finding.path("message").asText());
      }
    }
    assertEquals(Map.of(), slips, "messages with unfilled format specifiers or exception names, by rule");
  }

  @TestFactory
  Stream<DynamicTest> exportOrImportEveryInput() {
    return inputs().stream().map(file -> DynamicTest.dynamicTest(TestSupport.root().relativize(file).toString(), () -> {
      TestSupport.Run run = TestSupport.cli(isOpenApi(file) ? "import" : "export", file.toString());
      assertEquals(Set.of(), leftovers(run.stdout() + run.stderr(), file), run.stderr());
    }));
  }

  /** The format specifiers and exception names in the output that the input does not hold. */
  static Set<String> leftovers(String output, Path input) throws IOException {
    String source = new String(Files.readAllBytes(input), StandardCharsets.ISO_8859_1);
    Set<String> found = new TreeSet<>();
    Matcher m = NOT_FOR_PEOPLE.matcher(output);
    while (m.find()) {
      if (!source.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  private static boolean isOpenApi(Path file) {
    try {
      return new Loader(LoadLimits.DEFAULTS).load(file, file.toString()).documents().stream()
          .anyMatch(d -> d.kind() == DocumentKind.OPENAPI);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> inputs() {
    try (Stream<Path> fixtures = Files.walk(TestSupport.root().resolve("fixtures"));
        Stream<Path> examples = Files.walk(TestSupport.root().resolve("examples"))) {
      return Stream.concat(fixtures, examples).filter(Files::isRegularFile)
          .filter(p -> EXTENSIONS.contains(extension(p))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
