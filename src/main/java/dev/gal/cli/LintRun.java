package dev.gal.cli;

import dev.gal.config.LintConfig;
import dev.gal.engine.FileReport;
import dev.gal.engine.FixPolicy;
import dev.gal.engine.InputCollector;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.LintReport;
import dev.gal.engine.ProgressListener;
import dev.gal.engine.Timings;
import dev.gal.engine.ToolNotice;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.openapi.OpenApiStage;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import dev.gal.suppress.Baseline;
import dev.gal.suppress.Suppressor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One gal lint run over many files: files are grouped by the lint config that
 * applies to them, each group is linted with its own rules and settings, and
 * the reports are merged in path order.
 */
final class LintRun {
  /** The merged report, and the fail-on of each file's config. */
  record Result(LintReport report, Map<String, Optional<String>> failOnByFile) {
    /** Whether any file has a finding at or above its threshold (the command line's, else its config's). */
    boolean failed(LintReport merged, Optional<String> commandLine) {
      for (FileReport file : merged.files()) {
        String level = commandLine.or(() -> failOnByFile.getOrDefault(file.displayPath(), Optional.empty())).orElse("error");
        if (!level.equals("never") && file.allFindings().anyMatch(f -> f.severity().atLeast(Severity.valueOf(level.toUpperCase(Locale.ROOT))))) {
          return true;
        }
      }
      return false;
    }
  }

  private final RuleSourceOptions ruleSources;
  private final Baseline baseline;
  private final String baselineName;

  private final boolean allowRemoteRefs;
  private final LoadLimits limits;
  private final Timings timings;
  private final FixPolicy fixes;
  private ExportTarget target;

  /** With a fix policy, each file is fixed in memory and its report is of the fixed text; otherwise {@code fixes} is null. */
  LintRun(RuleSourceOptions ruleSources, Baseline baseline, String baselineName, boolean allowRemoteRefs, LoadLimits limits,
      Timings timings, FixPolicy fixes) {
    this.fixes = fixes;
    this.limits = limits;
    this.timings = timings;
    this.ruleSources = ruleSources;
    this.baseline = baseline;
    this.baselineName = baselineName;
    this.allowRemoteRefs = allowRemoteRefs;
  }

  /** Lint for this export target, over what each lint config sets; without it, as each config says. */
  LintRun forTarget(ExportTarget exportTarget) {
    this.target = exportTarget;
    return this;
  }

  Result lint(InputCollector.Collected collected, ProgressListener progress) throws UsageException {
    Map<String, LintConfig> configs = new LinkedHashMap<>();
    Map<String, List<InputFile>> groups = new LinkedHashMap<>();
    for (InputFile file : collected.files()) {
      LintConfig config = ruleSources.configFor(file.path());
      String key = config.file() == null ? "" : config.file().toString();
      configs.putIfAbsent(key, config);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
    }
    List<FileReport> files = new ArrayList<>();
    List<ToolNotice> notices = new ArrayList<>(collected.problems());
    Map<String, RuleMeta> rules = new TreeMap<>();
    Map<String, Optional<String>> failOn = new HashMap<>();
    if (groups.isEmpty()) {
      ruleSources.load(LintConfig.DEFAULT).registry().allMeta().forEach(m -> rules.put(m.id(), m));
    }
    for (Map.Entry<String, List<InputFile>> group : groups.entrySet()) {
      LintConfig config = configs.get(group.getKey());
      RuleSourceOptions.Rules loaded = target == null ? ruleSources.load(config) : ruleSources.load(config).forTarget(target);
      Suppressor suppressor = new Suppressor(config.ignores(), baseline, baselineName);
      LintEngine engine = new LintEngine(loaded.registry(), new Loader(limits), loaded.settings(), suppressor,
          new OpenApiStage(allowRemoteRefs), timings);
      LintReport part = engine.lint(group.getValue(), List.of(), progress, fixes);
      files.addAll(part.files());
      notices.addAll(part.notices());
      part.rules().forEach(m -> rules.putIfAbsent(m.id(), m));
      part.files().forEach(f -> failOn.put(f.displayPath(), config.failOn()));
    }
    files.sort(Comparator.comparing(FileReport::displayPath));
    return new Result(new LintReport(List.copyOf(files), List.copyOf(notices), List.copyOf(rules.values())), failOn);
  }
}
