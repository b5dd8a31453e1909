package dev.gal.engine;

import dev.gal.load.LoadResult;
import dev.gal.model.TextEdit;
import dev.gal.rule.Category;
import dev.gal.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fixes one file in memory: lint, apply the fixes that do not touch one
 * another, lint the result, and again, until no fix is left. A fix that would
 * touch an earlier one waits for the next pass, where it is found anew in the
 * changed text. Schema fixes go before the rules' fixes. It stops after
 * {@link #MAX_PASSES}, when a text comes back (fixes that undo one another),
 * and before a pass that would leave the file unreadable; a file that could
 * not be read cleanly is never fixed.
 */
final class Fixer {
  static final int MAX_PASSES = 10;

  private final LintEngine engine;
  private final FixPolicy policy;

  Fixer(LintEngine engine, FixPolicy policy) {
    this.engine = engine;
    this.policy = policy;
  }

  FileReport fix(InputFile input, byte[] bytes, LoadResult loaded, List<ToolNotice> notices) {
    List<ToolNotice> checkNotices = new ArrayList<>();
    FileReport before = engine.check(input, loaded, checkNotices);
    FileReport current = before;
    List<Fixed.Pass> passes = new ArrayList<>();
    if (loaded.findings().isEmpty()) {
      String text = loaded.source().text();
      Set<String> seen = new HashSet<>(Set.of(text));
      Set<String> applied = new HashSet<>();
      for (int pass = 0; ; pass++) {
        List<Finding> chosen = choose(current, applied);
        if (chosen.isEmpty()) {
          break;
        }
        if (pass == MAX_PASSES) {
          notices.add(warning(input, "gal stopped fixing after %d passes; fixes are left for the next run".formatted(MAX_PASSES)));
          break;
        }
        String next = apply(text, chosen);
        LoadResult reloaded = engine.loader().load(next.getBytes(StandardCharsets.UTF_8), input.displayPath());
        if (!reloaded.findings().isEmpty() && chosen.size() > 1) {
          // Fixes made apart can clash, as two misspellings renamed to one key do: take the first alone; the rest are found again.
          chosen = chosen.subList(0, 1);
          next = apply(text, chosen);
          reloaded = engine.loader().load(next.getBytes(StandardCharsets.UTF_8), input.displayPath());
        }
        if (!reloaded.findings().isEmpty()) {
          notices.add(warning(input, "the fix of %s would make the file unreadable (%s), so it is not applied; please report this"
              .formatted(ids(chosen), reloaded.findings().get(0).message())));
          break;
        }
        if (!seen.add(next)) {
          notices.add(warning(input, "the fixes of %s undo earlier fixes, so they are not applied".formatted(ids(chosen))));
          break;
        }
        checkNotices = new ArrayList<>();
        current = engine.check(input, reloaded, checkNotices);
        chosen.forEach(f -> applied.add(key(f)));
        passes.add(new Fixed.Pass(chosen, next));
        text = next;
      }
    }
    notices.addAll(checkNotices);
    return current.withFixed(new Fixed(before, bytes, passes));
  }

  /**
   * The fixes of one pass, in the order of their findings: each one whose
   * edits touch none taken before it. A fix applied in an earlier pass whose
   * finding is back is not taken again: repeating it would not help.
   */
  private List<Finding> choose(FileReport report, Set<String> applied) {
    List<Finding> chosen = new ArrayList<>();
    List<TextEdit> taken = new ArrayList<>();
    List<Finding> candidates = report.allFindings().filter(f -> f.fix() != null && policy.applies(f))
        .sorted(Finding.ORDER).toList();
    // Rules read the document as written, so while spellings are still being corrected a rule's fix may rest on a
    // misspelt value (a route method 'post' that CORS would list): spelling goes first, and the rules look again after.
    if (candidates.stream().anyMatch(Fixer::spelling)) {
      candidates = candidates.stream().filter(Fixer::spelling).toList();
    }
    for (Finding finding : candidates) {
      List<TextEdit> edits = finding.fix().edits();
      if (applied.contains(key(finding)) || edits.stream().anyMatch(e -> taken.stream().anyMatch(e::touches))) {
        continue;
      }
      chosen.add(finding);
      taken.addAll(edits);
    }
    return chosen;
  }

  private static boolean spelling(Finding finding) {
    return finding.rule().category() == Category.SCHEMA;
  }

  private static String apply(String text, List<Finding> fixes) {
    return TextEdit.applyAll(text, fixes.stream().flatMap(f -> f.fix().edits().stream()).toList());
  }

  private static String key(Finding finding) {
    return finding.rule().id() + " " + finding.pointerText() + " " + finding.message();
  }

  private static String ids(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id()).distinct().sorted().collect(Collectors.joining(", "));
  }

  private static ToolNotice warning(InputFile input, String message) {
    return new ToolNotice(ToolNotice.Level.WARNING, input.displayPath(), message);
  }
}
