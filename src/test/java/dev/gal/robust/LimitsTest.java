package dev.gal.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input limit, with an input just below it and one just above, through the CLI. */
class LimitsTest {
  @TempDir
  Path dir;

  private TestSupport.Run lint(String content, String... options) throws Exception {
    Path file = dir.resolve("input-" + Math.abs(content.hashCode()) + ".yaml");
    Files.writeString(file, content);
    List<String> args = new ArrayList<>(List.of("lint", "--format", "json"));
    args.addAll(List.of(options));
    args.add(file.toString());
    return TestSupport.cli(args.toArray(String[]::new));
  }

  private static boolean limitHit(TestSupport.Run run) {
    return run.stdout().contains("\"ruleId\":\"GAL-LOAD-003\"");
  }

  @Test
  void fileSize() throws Exception {
    String content = "a: " + "x".repeat(97) + "\n";
    assertEquals(101, content.length());
    assertFalse(limitHit(lint(content, "--max-file-size", "101")));
    assertTrue(limitHit(lint(content, "--max-file-size", "100")));
  }

  @Test
  void nestingDepth() throws Exception {
    assertFalse(limitHit(lint("a: [[[[1]]]]\n", "--max-depth", "5")));
    assertTrue(limitHit(lint("a: [[[[[1]]]]]\n", "--max-depth", "5")));
  }

  @Test
  void aliasExpansion() throws Exception {
    String ten = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [*a, *a]\n";
    assertFalse(limitHit(lint(ten, "--max-alias-expansion", "20")));
    assertTrue(limitHit(lint(ten, "--max-alias-expansion", "19")));
  }

  @Test
  void documentCount() throws Exception {
    assertFalse(limitHit(lint("a: 1\n---\na: 2\n---\na: 3\n", "--max-documents", "3")));
    assertTrue(limitHit(lint("a: 1\n---\na: 2\n---\na: 3\n---\na: 4\n", "--max-documents", "3")));
  }

  @Test
  void stringLength() throws Exception {
    assertFalse(limitHit(lint("a: \"" + "x".repeat(10) + "\"\n", "--max-string-length", "10")));
    assertTrue(limitHit(lint("a: \"" + "x".repeat(11) + "\"\n", "--max-string-length", "10")));
  }

  @Test
  void valueCount() throws Exception {
    // One mapping, two scalar keys' values and a list of two: 1 + 2 + 1 + 2 values; keys are not values.
    String six = "a: 1\nb: x\nc: [1, 2]\n";
    assertFalse(limitHit(lint(six, "--max-values", "6")));
    TestSupport.Run over = lint(six, "--max-values", "5");
    assertTrue(limitHit(over), over.stdout());
    assertTrue(over.stdout().contains("more than 5 values"), over.stdout());
  }

  @Test
  void valueCountSpansTheDocumentsOfAFile() throws Exception {
    assertFalse(limitHit(lint("a: 1\n---\nb: 2\n", "--max-values", "4")));
    assertTrue(limitHit(lint("a: 1\n---\nb: 2\n", "--max-values", "3")));
  }

  @Test
  void valueCountOfJson() throws Exception {
    Path file = dir.resolve("values.json");
    Files.writeString(file, "{\"a\": [1, 2, 3]}");
    assertFalse(limitHit(TestSupport.cli("lint", "--format", "json", "--max-values", "5", file.toString())));
    assertTrue(limitHit(TestSupport.cli("lint", "--format", "json", "--max-values", "4", file.toString())));
  }

  @Test
  void findingsPerFile() throws Exception {
    String broken = "version: 1\nprovider: 2\nservices: 3\n";
    int count = lint(broken).stdout().split("\"ruleId\"").length - 1;
    assertTrue(count >= 3);
    TestSupport.Run below = lint(broken, "--max-findings", Integer.toString(count));
    assertFalse(below.stderr().contains("more findings not shown"), below.stderr());
    TestSupport.Run above = lint(broken, "--max-findings", Integer.toString(count - 1));
    assertTrue(above.stderr().contains("1 more finding not shown (1 error): the limit is %d per file".formatted(count - 1)), above.stderr());
    assertEquals(count - 1, above.stdout().split("\"ruleId\"").length - 1);
  }

  /** An authorizer TTL of 7200 (an error) after three info findings. */
  private static final String TTL_AFTER_INFO = """
      version: "1.0"
      provider: aws_apigateway
      global_config:
        aws_apigateway:
          authorizer_type: lambda
          lambda_authorizer_arn: "arn:aws:lambda:us-east-1:123456789012:function:authorizer"
          lambda_authorizer_ttl: 7200
      services:
        - name: petstore
          type: rest
          protocol: https
          upstream: {host: petstore.example.com, port: 443}
          routes:
            - path_prefix: /pets
              methods: [GET]
      """;

  @Test
  void theCapKeepsTheMostSevereFindingsAndNeverTheExitCode() throws Exception {
    TestSupport.Run capped = lint(TTL_AFTER_INFO, "--max-findings", "1");
    assertEquals(1, capped.exitCode(), capped.stdout() + capped.stderr());
    assertTrue(capped.stdout().contains("\"ruleId\":\"AWS-AUTH-003\""), capped.stdout());
    assertEquals(1, capped.stdout().split("\"ruleId\"").length - 1);
    assertTrue(capped.stdout().contains("\"error\":1"), capped.stdout());
    assertTrue(capped.stderr().contains("4 more findings not shown (4 info)"), capped.stderr());
  }

  @Test
  void anErrorAfterMoreWarningsThanTheDefaultCapStillFails() throws Exception {
    StringBuilder config = new StringBuilder("""
        version: "1.0"
        provider: aws_apigateway
        services:
          - name: api
            type: rest
            protocol: https
            upstream: {host: api.example.com, port: 443}
            routes:
        """);
    for (int i = 0; i < 1100; i++) {
      config.append("      - {path_prefix: /r").append(i).append(", methods: [POST]}\n");
    }
    config.append("""
        global_config:
          aws_apigateway:
            endpoint_type: REGIONALL
        """);
    // 1100 routes also exceed the 300 resources of AWS-PATH-009, an error of its own: off, to keep one error.
    TestSupport.Run run = lint(config.toString(), "--disable", "AWS-PATH-009");
    assertEquals(1, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("\"severity\":\"error\""), "the error is among the shown findings");
    assertTrue(run.stderr().contains("not shown"), run.stderr());
    assertTrue(run.stdout().contains("\"error\":1"), run.stdout().substring(run.stdout().lastIndexOf("summary")));
  }

  @Test
  void limitsMustBePositive() throws Exception {
    assertEquals(2, lint("a: 1\n", "--max-depth", "0").exitCode());
  }
}
