package dev.gal.engine;

import dev.gal.config.LintConfig;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.openapi.OpenApiStage;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import dev.gal.suppress.Suppressor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How gal turns files into findings, for every caller: each file gets the lint
 * config that applies to it (the named one, else the nearest .gal-lint.yaml),
 * the rules and settings that config and the rule sources make, its inline
 * suppressions and the baseline. gal lint runs it over many files; the
 * language server over the unsaved text of one file at a time.
 */
public final class LintSession {
  /** The merged report, and the fail-on of each file's config. */
  public record Result(LintReport report, Map<String, Optional<String>> failOnByFile) {
    /** Whether any file has a finding at or above its threshold (the command line's, else its config's). */
    public boolean failed(LintReport merged, Optional<String> commandLine) {
      for (FileReport file : merged.files()) {
        String level = commandLine.or(() -> failOnByFile.getOrDefault(file.displayPath(), Optional.empty())).orElse("error");
        if (!level.equals("never") && file.allFindings().anyMatch(f -> f.severity().atLeast(Severity.valueOf(level.toUpperCase(Locale.ROOT))))) {
          return true;
        }
      }
      return false;
    }
  }

  private final RuleSources ruleSources;
  private final Baselines baselines;
  private final boolean allowRemoteRefs;
  private final LoadLimits limits;
  private final Timings timings;
  private final FixPolicy fixes;
  private final StageFactory afterRules;

  /**
   * The engine of each lint config file met so far ("" for none), with the modification time and size it was
   * loaded at, so that linting the same file again and again (as an editor does on each change) loads rules
   * only when the config changed.
   */
  private final Map<String, Loaded> engines = new ConcurrentHashMap<>();

  private record Loaded(String version, LintEngine engine) {}

  /**
   * With a fix policy, each file is fixed in memory and its report is of the fixed text; otherwise
   * {@code fixes} is null. {@code afterRules} makes each engine's stage
   * after the rules.
   */
  public LintSession(RuleSources ruleSources, Baselines baselines, boolean allowRemoteRefs, LoadLimits limits,
      Timings timings, FixPolicy fixes, StageFactory afterRules) {
    this.fixes = fixes;
    this.afterRules = afterRules;
    this.limits = limits;
    this.timings = timings;
    this.ruleSources = ruleSources;
    this.baselines = baselines;
    this.allowRemoteRefs = allowRemoteRefs;
  }

  /** A session without baseline or fixes, as an editor needs. */
  public static LintSession forEditor(RuleSources ruleSources, LoadLimits limits, StageFactory afterRules) {
    return new LintSession(ruleSources, Baselines.NONE, false, limits, Timings.OFF, null, afterRules);
  }

  public LoadLimits limits() {
    return limits;
  }

  /** Lints the files group by group, one group per lint config, and merges the reports in path order. */
  public Result lint(InputCollector.Collected collected, ProgressListener progress) throws LintSetupException {
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
      LintReport part = engine(config).lint(group.getValue(), List.of(), progress, fixes);
      files.addAll(part.files());
      notices.addAll(part.notices());
      part.rules().forEach(m -> rules.putIfAbsent(m.id(), m));
      part.files().forEach(f -> failOn.put(f.displayPath(), config.failOn()));
    }
    files.sort(Comparator.comparing(FileReport::displayPath));
    return new Result(new LintReport(List.copyOf(files), List.copyOf(notices), List.copyOf(rules.values())), failOn);
  }

  /**
   * Lints text that is not saved, as gal lint would lint it saved at {@code file}: with that file's lint config,
   * and only when it is a GAL config or an OpenAPI document (or cannot be parsed), as in a directory walk, since
   * an editor opens many YAML files that are neither. Empty when it is neither. Text over the size limit is not
   * parsed: its one finding says so.
   */
  public Optional<FileReport> lintText(Path file, String text, List<ToolNotice> notices) throws LintSetupException {
    return Optional.ofNullable(engineFor(file).lintText(new InputFile(file, file.toString().replace('\\', '/'), false), text, notices));
  }

  /** The engine for the lint config of {@code file}, loaded once for each version of that config. */
  private LintEngine engineFor(Path file) throws LintSetupException {
    Optional<Path> configFile = ruleSources.configFileFor(file);
    String key = configFile.map(p -> p.toAbsolutePath().normalize().toString()).orElse("");
    String version = configFile.map(LintSession::version).orElse("");
    Loaded cached = engines.get(key);
    if (cached != null && cached.version().equals(version)) {
      return cached.engine();
    }
    LintEngine loaded = engine(ruleSources.currentConfigFor(file));
    engines.put(key, new Loaded(version, loaded));
    return loaded;
  }

  /** What tells one version of a lint config file from the next: its modification time and size. */
  private static String version(Path config) {
    try {
      return Files.getLastModifiedTime(config).toMillis() + " " + Files.size(config);
    } catch (IOException e) {
      // Unreadable now: loading it says why; the next lint tries again.
      return "unreadable " + System.nanoTime();
    }
  }

  private LintEngine engine(LintConfig config) throws LintSetupException {
    RuleSources.Rules loaded = ruleSources.load(config);
    Suppressor suppressor = new Suppressor(config.ignores(), baselines.toMatch(), baselines.matchName());
    return new LintEngine(loaded.registry(), new Loader(limits), loaded.settings(), suppressor, new OpenApiStage(allowRemoteRefs), timings,
        afterRules, baselines.needFingerprints());
  }
}
