package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input: each gives exit 1 with one located finding of the
 * expected rule within 5 s, under the test JVM's 512 MB heap, and no stack trace.
 */
class HostileInputTest {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static Arguments input(String name, String rule, int line, Function<Path, byte[]> content) {
    return Arguments.of(name, rule, line, content);
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        input("alias-bomb.yaml", "GAL-LOAD-003", 7, p -> bytes(billionLaughs(9))),
        input("alias-bomb-wide.yaml", "GAL-LOAD-003", 2, p -> bytes(
            "a: &a [" + "x,".repeat(2000) + "x]\nb: &b [" + "*a,".repeat(99) + "*a]\nc: [" + "*b,".repeat(99) + "*b]\n")),
        input("recursive-alias.yaml", "GAL-LOAD-003", 1, p -> bytes("a: &a [1, *a]\n")),
        input("deep-flow.yaml", "GAL-LOAD-003", 1, p -> bytes("a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n")),
        input("deep-block.yaml", "GAL-LOAD-003", 257, p -> bytes(deepBlock(400))),
        input("deep.json", "GAL-LOAD-003", 1, p -> bytes("{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")),
        input("many-documents.yaml", "GAL-LOAD-003", 2000, p -> bytes("a: 1\n---\n".repeat(1_001) + "a: 1\n")),
        input("long-string.yaml", "GAL-LOAD-003", 1, p -> bytes("a: \"" + "x".repeat(1_000_001) + "\"\n")),
        // 20 MB scalars were quadratic in SnakeYAML's reader: the pre-scan refuses them before the scanner reads them.
        input("long-plain-20mb.yaml", "GAL-LOAD-003", 2, p -> bytes("version: \"1.0\"\ndescription: " + "x".repeat(20_000_000) + "\n")),
        input("long-quoted-20mb.yaml", "GAL-LOAD-003", 2, p -> bytes("version: \"1.0\"\ndescription: '" + "y".repeat(20_000_000) + "'\n")),
        input("long-block-line-20mb.yaml", "GAL-LOAD-003", 3, p -> bytes("version: \"1.0\"\ndescription: |\n  " + "z".repeat(20_000_000) + "\n")),
        // Over 100,000 values the schema stage stops at its first problem: its message sets can be made quadratic.
        input("many-unknown-keys.yaml", "GAL-SCHEMA-002", 1, p -> bytes(manyKeys(150_000))),
        input("duplicate-keys.yaml", "GAL-LOAD-002", 3, p -> bytes("version: \"1.0\"\nprovider: aws_apigateway\nversion: \"2.0\"\nservices: []\n")),
        input("latin1.yaml", "GAL-LOAD-004", 2, p -> "version: \"1.0\"\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
        input("utf16.yaml", "GAL-LOAD-004", 1, p -> "\uFEFFversion: 1".getBytes(StandardCharsets.UTF_16LE)),
        input("binary.yaml", "GAL-LOAD-005", 1, p -> new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}),
        input("empty.yaml", "GAL-LOAD-006", 1, p -> new byte[0]),
        input("only-comments.yaml", "GAL-LOAD-006", 1, p -> bytes("# nothing\n# here\n")),
        input("root-list.yaml", "GAL-LOAD-007", 1, p -> bytes("- a\n- b\n")),
        input("root-scalar.yaml", "GAL-LOAD-007", 1, p -> bytes("42\n")),
        input("tab-indent.yaml", "GAL-LOAD-001", 3, p -> bytes("version: \"1.0\"\nservices:\n\t- name: a\n")),
        input("unclosed-flow.yaml", "GAL-LOAD-001", 2, p -> bytes("a: [1, 2\nb: 3\n")),
        input("undefined-alias.yaml", "GAL-LOAD-001", 1, p -> bytes("a: *nowhere\n")),
        input("huge-exponent.json", "GAL-LOAD-007", 1, p -> bytes("[1e999999999999999999, 1e999999999]")),
        input("huge-exponent.yaml", "GAL-LOAD-007", 1, p -> bytes("- 1e999999999999999999\n- 1e999999999\n")),
        input("truncated.json", "GAL-LOAD-001", 1, p -> bytes("{\"version\": \"1.0\", \"services\": [")),
        input("colliding-keys.json", "GAL-LOAD-003", 66, p -> bytes(collidingKeys(15))));
  }

  private static String manyKeys(int count) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < count; i++) {
      yaml.append('k').append(i).append(": ").append(i).append('\n');
    }
    return yaml.toString();
  }

  /** A JSON object with 2^blocks keys made of "Aa" and "BB", which all share one String hash code. */
  private static String collidingKeys(int blocks) {
    StringBuilder json = new StringBuilder("{");
    for (int n = 0; n < 1 << blocks; n++) {
      json.append(n == 0 ? "\n\"" : ",\n\"");
      for (int bit = 0; bit < blocks; bit++) {
        json.append((n >> bit & 1) == 0 ? "Aa" : "BB");
      }
      json.append("\": ").append(n);
    }
    return json.append("\n}\n").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void givesOneLocatedFinding(String name, String rule, int line, Function<Path, byte[]> content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content.apply(file));
    TestSupport.Run run = assertTimeoutPreemptively(LIMIT, () -> TestSupport.cli("lint", "--format", "json", file.toString()));
    assertEquals(1, run.exitCode(), run.stderr());
    assertNoStackTrace(run);
    JsonNode findings = JSON.readTree(run.stdout()).path("findings");
    JsonNode match = null;
    for (JsonNode f : findings) {
      if (f.path("ruleId").asText().equals(rule)) {
        assertTrue(match == null, "one finding of " + rule + ": " + findings);
        match = f;
      }
    }
    assertTrue(match != null, "expected " + rule + " in " + findings);
    assertEquals(line, match.path("line").asInt(), match.toString());
    assertTrue(match.path("column").asInt() >= 1);
  }

  @Test
  void fileOverTheSizeLimitIsNotRead() throws Exception {
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(60L * 1024 * 1024);
    }
    TestSupport.Run run = assertTimeoutPreemptively(LIMIT, () -> TestSupport.cli("lint", "--format", "json", file.toString()));
    assertEquals(1, run.exitCode());
    JsonNode finding = JSON.readTree(run.stdout()).at("/findings/0");
    assertEquals("GAL-LOAD-003", finding.path("ruleId").asText());
    assertTrue(finding.path("message").asText().contains("size limit"));
  }

  @Test
  void javaTagsAreInertData() throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.writeString(file, """
        version: "1.0"
        provider: aws_apigateway
        exploit: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
        runtime: !!java.lang.Runtime {}
        services: []
        """);
    TestSupport.Run run = assertTimeoutPreemptively(LIMIT, () -> TestSupport.cli("lint", "--format", "json", file.toString()));
    assertEquals(1, run.exitCode());
    assertNoStackTrace(run);
    JsonNode findings = JSON.readTree(run.stdout()).path("findings");
    assertEquals(3, findings.size(), findings.toString());
    assertEquals("exploit", findings.at("/0/pointer").asText().substring(1));
  }

  @Test
  void jsonSyntaxErrorsNameTheOtherPlaceInWords() throws Exception {
    Path file = dir.resolve("unclosed.json");
    Files.writeString(file, "{\n  \"services\": [\n    {\"name\": \"a\" ]\n}\n");
    String message = JSON.readTree(TestSupport.cli("lint", "--format", "json", file.toString()).stdout()).at("/findings/0/message").asText();
    assertEquals("JSON syntax error: Unexpected close marker ']': expected '}' (for Object starting at line 3, column 5)", message);
  }

  @Test
  void missingFileExitsTwo() {
    TestSupport.Run run = TestSupport.cli("lint", dir.resolve("absent.yaml").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("no such file"));
    assertNoStackTrace(run);
  }

  @Test
  void unreadableDirectoryEntriesAndSymlinkLoopsTerminate() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("loop/a"));
    Files.createSymbolicLink(tree.resolve("back"), tree.getParent());
    Files.writeString(tree.resolve("config.yaml"), "version: \"1.0\"\nprovider: aws_apigateway\nservices: []\n");
    TestSupport.Run run = assertTimeoutPreemptively(LIMIT, () -> TestSupport.cli("lint", "--format", "json", tree.getParent().toString()));
    assertEquals(1, JSON.readTree(run.stdout()).at("/counts/files").asInt());
  }

  @Test
  void unusualFileNamesWork() throws Exception {
    Path spaced = dir.resolve("my gateway ü.yaml");
    Path dashed = dir.resolve("-dash.yaml");
    String valid = Files.readString(TestSupport.root().resolve("examples/petstore.yaml"));
    String invalid = Files.readString(TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml"));
    Files.writeString(spaced, invalid);
    Files.writeString(dashed, valid);
    assertEquals(1, TestSupport.cli("lint", spaced.toString()).exitCode());
    TestSupport.Run run = TestSupport.cli("lint", "--", dashed.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    String sarif = TestSupport.cli("lint", "--format", "sarif", "--sarif-root", dir.toString(), spaced.toString()).stdout();
    assertFalse(sarif.contains("my gateway"), "SARIF URIs are percent-encoded");
    assertTrue(sarif.contains("my%20gateway"), sarif);
  }

  private static void assertNoStackTrace(TestSupport.Run run) {
    String all = run.stdout() + run.stderr();
    assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Error:"), all);
  }

  private static String billionLaughs(int levels) {
    StringBuilder sb = new StringBuilder("# billion laughs\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    char previous = 'a';
    for (int i = 1; i < levels; i++) {
      char name = (char) ('a' + i);
      sb.append(name).append(": &").append(name).append(" [");
      for (int j = 0; j < 9; j++) {
        sb.append(j == 0 ? "" : ", ").append('*').append(previous);
      }
      sb.append("]\n");
      previous = name;
    }
    return sb.toString();
  }

  private static String deepBlock(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("k:\n");
    }
    return sb.append("  ".repeat(depth)).append("v\n").toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
