package dev.gal.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random command lines, seeded: the exit code is always 0, 1 or 2, and stderr
 * never holds a Java stack trace unless --debug is given.
 */
class ExitCodeContractTest {
  private static final String[] WORDS = {
      "lint", "export", "import", "rules", "explain", "completion", "export-check", "help", "bash", "zsh",
      "--format", "json", "sarif", "text", "github", "junit", "xml", "--output", "--fail-on", "never", "warning", "bogus",
      "--quiet", "--no-color", "--rule", "AWS-INT-001=off", "AWS-INT-001=loud", "--disable", "NOPE-1", "--rule-option",
      "AWS-INT-001.max_timeout_ms=x", "--config", "--baseline", "--write-baseline", "--max-depth", "-1", "0", "3",
      "--changed-since", "HEAD~999", "--rules", "--plugin", "--force", "--explain", "--stage-variables", "--print-config",
      "--service-name", "-", "--", "-v", "--version", "--help", "examples/petstore.yaml", "examples", "fixtures/cli/inputs",
      "fixtures/rules/GAL-LOAD-005/bad.yaml", "fixtures/export/mock-iam/openapi.json", "fixtures/corpus", "/nonexistent",
      "fixtures/packs/broken.pack.yaml", "", "\u0000", "--max-findings", "AWS-INT-001.max_timeout_ms=99999999999999999999"};

  @Test
  void exitCodesStayInTheContract() {
    Random random = new Random(20261124L);
    for (int i = 0; i < 250; i++) {
      List<String> args = new ArrayList<>();
      int length = random.nextInt(7);
      for (int j = 0; j < length; j++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        args.add(word);
      }
      // Outputs are left out: a random --output could overwrite the repository's own files.
      args.removeIf(a -> a.equals("--output") || a.equals("--write-baseline"));
      TestSupport.Run run = TestSupport.cli(args.toArray(String[]::new));
      assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, args + " exited " + run.exitCode() + "\n" + run.stderr());
      assertFalse(run.stderr().contains("\tat "), args + " printed a stack trace:\n" + run.stderr());
    }
  }
}
