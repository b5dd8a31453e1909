package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.model.SourcePosition;
import dev.gal.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every load error points at the offending character, with a message in plain words. */
class LoadPositionTest {
  private static final String HEAD = "version: \"1.0\"\nprovider: aws_apigateway\nservices:\n";

  private static Arguments input(String name, byte[] content, String rule, int line, int column, String says) {
    return Arguments.of(name, content, rule, new SourcePosition(line, column), says);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        input("esc.yaml", utf8(HEAD + "  - name: a\u001bb\n"), "GAL-LOAD-001", 4, 12, "control character U+001B (escape)"),
        input("esc-in-comment.yaml", utf8(HEAD + "# note\u001b\n  - name: a\n"), "GAL-LOAD-001", 4, 7, "U+001B"),
        input("esc-after-emoji.yaml", utf8("a: \"\uD83D\uDE00\u001b\"\n"), "GAL-LOAD-001", 1, 6, "U+001B"),
        input("esc-crlf.yaml", utf8("a: 1\r\nb: \u001b\r\n"), "GAL-LOAD-001", 2, 4, "U+001B"),
        input("c1-control.yaml", utf8("a: 1\nb: x\u009by\n"), "GAL-LOAD-001", 2, 5, "U+009B"),
        input("noncharacter.yaml", utf8("a: 1\nb: x\uFFFEy\n"), "GAL-LOAD-001", 2, 5, "character U+FFFE is not allowed"),
        input("nul-mid-file.yaml", utf8(HEAD + "  - name: a\u0000b\n"), "GAL-LOAD-005", 4, 12, "NUL byte"),
        input("latin1-later-line.yaml", (HEAD + "  - name: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1),
            "GAL-LOAD-004", 4, 14, "byte 0xE9"),
        input("tab-indent.yaml", utf8(HEAD + "\t- name: a\n"), "GAL-LOAD-001", 4, 1, "TAB"),
        input("yaml-2-directive.yaml", utf8("a: 1\n...\n%YAML 2.0\n---\nb: 2\n"), "GAL-LOAD-001", 3, 1, "%YAML 2.0"),
        input("esc-between-tokens.json", utf8("{\n  \"a\": 1,\n  \u001b\"b\": 2\n}\n"), "GAL-LOAD-001", 3, 3, "U+001B"),
        input("esc-in-string.json", utf8("{\n  \"a\": 1,\n  \"b\": \"x\u001by\"\n}\n"), "GAL-LOAD-001", 3, 10, "U+001B"),
        input("long-string.json", utf8("{\n  \"a\": 1,\n  \"b\": \"" + "x".repeat(1_000_001) + "\"\n}\n"),
            "GAL-LOAD-003", 3, 8, "exceeds"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void pointsAtTheOffendingCharacter(String name, byte[] content, String rule, SourcePosition at, String says) {
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(content, name);
    assertEquals(1, loaded.findings().size(), loaded.findings().toString());
    Finding finding = loaded.findings().get(0);
    assertEquals(rule, finding.rule().id(), finding.message());
    assertEquals(at, finding.range().start(), finding.message());
    assertTrue(finding.message().contains(says), finding.message());
    assertFalse(finding.message().matches(".*(Exception|StreamReadConstraints|special characters).*"), finding.message());
  }
}
