package dev.gal.docs;

import dev.gal.TestSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command outputs shown in Markdown. A fenced block that shows what a
 * command prints is marked by an HTML comment on the line before it, which
 * renders as nothing:
 *
 * <pre>
 * &lt;!-- output of: gal lint docs/examples/orders.yaml --&gt;
 * ```text
 * (standard output, then standard error, of that command)
 * ```
 * </pre>
 *
 * The command runs in-process from the repository root; its words are split
 * at spaces, so it cannot quote, pipe or redirect.
 */
final class CommandExamples {
  static final String MARKER = "<!-- output of: ";

  private static final Pattern BLOCK = Pattern.compile(
      "^" + Pattern.quote(MARKER) + "(.*?) -->\\n(```[^\\n]*\\n)(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern SHELL = Pattern.compile("[\"'`$|<>;&\\\\*]");

  /** One marked block: the command, what the Markdown shows, and where that text is. */
  record Example(String command, String shown, int start, int end) {}

  static List<Example> in(String markdown) {
    List<Example> examples = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      examples.add(new Example(m.group(1), m.group(3), m.start(3), m.end(3)));
    }
    return examples;
  }

  /** How many lines start with the marker, so that a marker without a block below it is caught. */
  static long markers(String markdown) {
    return markdown.lines().filter(line -> line.startsWith(MARKER)).count();
  }

  /** What the command prints now: standard output, then standard error. */
  static String output(String command) {
    if (SHELL.matcher(command).find()) {
      throw new IllegalArgumentException("a documented command is run without a shell; keep it to plain words: " + command);
    }
    List<String> words = Arrays.asList(command.trim().split(" +"));
    if (!words.get(0).equals("gal") && !words.get(0).equals("bin/gal")) {
      throw new IllegalArgumentException("a documented command starts with gal or bin/gal: " + command);
    }
    TestSupport.Run run = TestSupport.cli(words.subList(1, words.size()).toArray(String[]::new));
    String printed = run.stdout() + run.stderr();
    // The closing fence needs a line of its own.
    return printed.isEmpty() || printed.endsWith("\n") ? printed : printed + "\n";
  }

  /** The Markdown with every marked block showing what its command prints now. */
  static String regenerated(String markdown) {
    StringBuilder text = new StringBuilder();
    int copied = 0;
    for (Example example : in(markdown)) {
      text.append(markdown, copied, example.start()).append(output(example.command()));
      copied = example.end();
    }
    return text.append(markdown.substring(copied)).toString();
  }
}
