package dev.gal.engine;

import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything one lint run found, in a deterministic order; counts include findings the cap left out. */
public record LintReport(List<FileReport> files, List<ToolNotice> notices, List<RuleMeta> rules) {
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (FileReport file : files) {
      file.allFindings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    }
    return counts;
  }

  public boolean hasFindingAtLeast(Severity threshold) {
    return files.stream().flatMap(FileReport::allFindings).anyMatch(f -> f.severity().atLeast(threshold));
  }

  public boolean hasToolErrors() {
    return notices.stream().anyMatch(n -> n.level() == ToolNotice.Level.ERROR);
  }
}
