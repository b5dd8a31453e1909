package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What help and usage errors tell a user is true: whole summaries, hints that work, every option listed. */
class HelpTextTest {
  private static final Pattern HINT = Pattern.compile("Try '([^']+)' for more information\\.");

  @ParameterizedTest
  @ValueSource(strings = {"--help", "rules --help"})
  void everyCommandSummaryIsAWholeSentence(String command) {
    List<String> summaries = commandSummaries(TestSupport.cli(command.split(" ")).stdout());
    assertFalse(summaries.isEmpty(), "no Commands: section in 'gal " + command + "'");
    for (String summary : summaries) {
      assertTrue(summary.endsWith("."), "'gal " + command + "' cuts a summary short: " + summary);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rules explain", "--bogus", "help bogus", "lint", "lint --format xml x.yaml", "export",
      "import", "export-check --bogus", "rules --bogus", "rules explain --bogus", "completion fish"})
  void everyHintNamesACommandThatWorks(String command) {
    TestSupport.Run run = TestSupport.cli(command.split(" "));
    assertEquals(2, run.exitCode(), run.stderr());
    Matcher hint = HINT.matcher(run.stderr());
    assertTrue(hint.find(), "no hint in: " + run.stderr());
    String[] words = hint.group(1).split(" ");
    assertEquals("gal", words[0]);
    TestSupport.Run help = TestSupport.cli(java.util.Arrays.copyOfRange(words, 1, words.length));
    assertEquals(0, help.exitCode(), hint.group(1) + " fails: " + help.stderr());
    String helped = hint.group(1).replace(" --help", "").replace("help ", "");
    assertTrue(help.stdout().startsWith("Usage: " + helped + " "), hint.group(1) + " shows the wrong help:\n" + help.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lint", "export", "import", "export-check", "rules", "rules explain", "lsp", "completion", "help"})
  void everyCommandListsDebug(String command) {
    List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
    args.add("--help");
    TestSupport.Run run = TestSupport.cli(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("--debug"), "'gal " + command + " --help' does not list --debug:\n" + run.stdout());
  }

  @Test
  void debugIsAcceptedWhereverItIsListed() {
    assertEquals(1, TestSupport.cli("lint", "--debug", "docs/examples/orders.yaml").exitCode());
    assertEquals(1, TestSupport.cli("--debug", "lint", "docs/examples/orders.yaml").exitCode());
    assertEquals(0, TestSupport.cli("rules", "explain", "AWS-INT-001", "--debug").exitCode());
    assertEquals(0, TestSupport.cli("completion", "bash", "--debug").exitCode());
  }

  /** The summaries of a help text's Commands: section, each joined from its wrapped lines. */
  private static List<String> commandSummaries(String help) {
    List<String> summaries = new ArrayList<>();
    boolean inCommands = false;
    for (String line : help.split("\n")) {
      if (line.equals("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.isBlank()) {
        break;
      } else if (inCommands && line.matches("  \\S.*")) {
        summaries.add(line.trim().replaceFirst("^\\S+\\s+", ""));
      } else if (inCommands) {
        int last = summaries.size() - 1;
        summaries.set(last, summaries.get(last) + " " + line.trim());
      }
    }
    return summaries;
  }
}
