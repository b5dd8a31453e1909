package dev.gal.suppress;

import dev.gal.config.IgnoreEntry;
import dev.gal.model.Document;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleRefs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Applies, in this order, the suppressions written in the file (comments and
 * x-gal-lint-ignore), the lint config's ignore list, and the baseline; and
 * reports suppressions without a reason or without effect.
 */
public final class Suppressor {
  public static final Suppressor NONE = new Suppressor(List.of(), null, null);

  /** A finding with the number of the YAML document it belongs to (0 for the file itself). */
  public record Located(Finding finding, int document) {}

  /** What stays, what was suppressed, and the findings about the suppressions. */
  public record Outcome(List<Finding> active, List<SuppressedFinding> suppressed, List<Finding> diagnostics) {}

  private final List<IgnoreEntry> ignores;
  private final Baseline baseline;
  private final String baselineName;

  public Suppressor(List<IgnoreEntry> ignores, Baseline baseline, String baselineName) {
    this.ignores = List.copyOf(ignores);
    this.baseline = baseline;
    this.baselineName = baselineName;
  }

  /** Applies the suppressions to the findings of one file; known are the rules a suppression may name. */
  public Outcome apply(Path file, SourceText source, List<Document> documents, List<Located> findings, List<RuleMeta> known) {
    String baselineKey = baseline == null || file == null ? null : baseline.fileKey(file);
    List<Directive> directives = new ArrayList<>(InlineDirectives.parse(source));
    documents.forEach(d -> directives.addAll(IgnoreKeys.of(d)));
    Set<Directive> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Finding> active = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Located located : findings) {
      Finding f = located.finding();
      String pointer = f.pointerText();
      Directive directive = directives.stream()
          .filter(d -> d.covers(f.range().start().line(), pointer, located.document()) && d.names(f.rule().id(), f.rule().name()))
          .findFirst().orElse(null);
      if (directive != null) {
        used.add(directive);
        suppressed.add(new SuppressedFinding(f, SuppressionKind.IN_SOURCE, directive.reason(), false));
        continue;
      }
      IgnoreEntry ignore = file == null ? null : ignores.stream()
          .filter(i -> i.matchesFile(file) && i.matchesRule(f.rule().id(), f.rule().name()) && i.matchesPointer(pointer))
          .findFirst().orElse(null);
      if (ignore != null) {
        suppressed.add(new SuppressedFinding(f, SuppressionKind.EXTERNAL, ignore.reason() + " (" + ignore.origin() + ")", false));
      } else if (baselineKey != null && baseline.consume(BaselineKeys.entry(f, baselineKey))) {
        suppressed.add(new SuppressedFinding(f, SuppressionKind.EXTERNAL, "known finding in the baseline " + baselineName, true));
      } else {
        active.add(f);
      }
    }
    return new Outcome(active, suppressed, diagnostics(directives, used, known));
  }

  private static List<Finding> diagnostics(List<Directive> directives, Set<Directive> used, List<RuleMeta> known) {
    List<Finding> found = new ArrayList<>();
    for (Directive d : directives) {
      String what = d.rules().isEmpty() ? "every rule" : String.join(", ", d.rules());
      if (d.reason().isBlank()) {
        found.add(Finding.of(SuppressDiagnostics.NO_REASON,
            "the suppression of %s gives no reason; add one after ' -- '".formatted(what), d.at(), null));
      }
      // A misspelt id suppresses nothing, even when another id of the same directive does.
      List<String> unknown = d.rules().stream().filter(ref -> RuleRefs.find(known, ref).isEmpty()).toList();
      unknown.forEach(ref -> found.add(Finding.of(SuppressDiagnostics.UNUSED,
          "the suppression names " + RuleRefs.unknown(known, ref), d.at(), null)));
      boolean namesOnlyUnknown = !unknown.isEmpty() && unknown.size() == d.rules().size();
      if (!used.contains(d) && !namesOnlyUnknown) {
        found.add(Finding.of(SuppressDiagnostics.UNUSED,
            "the suppression of %s suppresses nothing here; remove it".formatted(what), d.at(), null));
      }
    }
    return found;
  }
}
