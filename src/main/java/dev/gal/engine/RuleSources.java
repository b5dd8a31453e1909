package dev.gal.engine;

import dev.gal.config.ConfiguredRules;
import dev.gal.config.LintConfig;
import dev.gal.config.LintConfigException;
import dev.gal.config.LintConfigLoader;
import dev.gal.config.RuleOptionCheck;
import dev.gal.pack.RulePack;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.RuleMeta;
import dev.gal.schema.SettingsProblems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the rules of a run come from and how they are set: the lint config
 * (named, else the nearest .gal-lint.yaml above each file), packs, plugins,
 * severities and options. The command line's settings win over the config
 * file's. The CLI fills it from flags; the language server from its own.
 */
public final class RuleSources {
  private static final Set<String> SEVERITIES = Set.of("off", "info", "warning", "error");

  private final Path configFile;
  private final List<Path> packs;
  private final List<Path> plugins;
  private final List<String> ruleSeverities;
  private final List<String> disabled;
  private final List<String> ruleOptions;
  /** The export target the rules report for, over what each lint config sets; null: as each config says. */
  private final ExportTarget target;
  /** Keeps each config this run has read, for the many files of one gal lint run. */
  private final LintConfigLoader configLoader = new LintConfigLoader();

  /** configFile may be null: then each file gets the nearest .gal-lint.yaml above it. */
  public RuleSources(Path configFile, List<Path> packs, List<Path> plugins, List<String> ruleSeverities, List<String> disabled,
      List<String> ruleOptions) {
    this(configFile, packs, plugins, ruleSeverities, disabled, ruleOptions, null);
  }

  private RuleSources(Path configFile, List<Path> packs, List<Path> plugins, List<String> ruleSeverities, List<String> disabled,
      List<String> ruleOptions, ExportTarget target) {
    this.target = target;
    this.configFile = configFile;
    this.packs = List.copyOf(packs);
    this.plugins = List.copyOf(plugins);
    this.ruleSeverities = List.copyOf(ruleSeverities);
    this.disabled = List.copyOf(disabled);
    this.ruleOptions = List.copyOf(ruleOptions);
  }

  /** The same sources, with every rule that has a target option reporting as for {@code exportTarget}. */
  public RuleSources forTarget(ExportTarget exportTarget) {
    return new RuleSources(configFile, packs, plugins, ruleSeverities, disabled, ruleOptions, exportTarget);
  }

  /** No flags: each file's nearest lint config alone decides. */
  public static RuleSources nearestConfig() {
    return new RuleSources(null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The rules of a run, their settings, and the lint config they came from. */
  public record Rules(RuleRegistry registry, RuleSettings settings, LintConfig config) {
    /** These rules for an export target: every rule with a target option reports as for that target. */
    public Rules forTarget(ExportTarget target) {
      return new Rules(registry, settings.withOption(registry.allMeta(), ExportTarget.OPTION, target.optionValue()), config);
    }
  }

  /** The lint config for a linted file: --config, else the nearest .gal-lint.yaml, else the default. */
  public LintConfig configFor(Path file) throws LintSetupException {
    return configFor(file, configLoader);
  }

  /**
   * As {@link #configFor}, read anew from disk rather than from what this run has read: for a caller that runs
   * while the user edits lint configs, as the language server does, and on many threads at once.
   */
  public LintConfig currentConfigFor(Path file) throws LintSetupException {
    return configFor(file, new LintConfigLoader());
  }

  private LintConfig configFor(Path file, LintConfigLoader loader) throws LintSetupException {
    Optional<Path> found = configFileFor(file);
    try {
      return found.isPresent() ? loader.load(found.get()) : LintConfig.DEFAULT;
    } catch (LintConfigException e) {
      throw new LintSetupException(withRuleProblems(e));
    }
  }

  /** A broken config's problems with those of its packs and rule settings, which need its rules loaded. */
  private List<String> withRuleProblems(LintConfigException e) {
    try {
      resolve(e.partial(), e.problems());
      return e.problems().lines();
    } catch (LintSetupException pluginProblem) {
      return java.util.stream.Stream.concat(e.problems().lines().stream(), pluginProblem.lines().stream()).toList();
    }
  }

  /** The lint config file that applies to a file: the named one, else the nearest .gal-lint.yaml, else none. */
  public Optional<Path> configFileFor(Path file) {
    return configFile != null ? Optional.of(configFile) : LintConfigLoader.find(file);
  }

  public Rules load(LintConfig config) throws LintSetupException {
    SettingsProblems problems = new SettingsProblems();
    Resolved resolved = resolve(config, problems);
    if (!problems.isEmpty()) {
      throw new LintSetupException(problems.lines());
    }
    Rules rules = new Rules(resolved.registry(), settings(resolved.registry(), resolved.configured()), config);
    return target == null ? rules : rules.forTarget(target);
  }

  /** The rules of the packs and plugins that loaded, and the config's rule settings resolved against them. */
  private record Resolved(RuleRegistry registry, ConfiguredRules.Resolved configured) {}

  /** Adds every problem of the config's packs and rule settings to {@code problems}; a plugin's ends the run. */
  private Resolved resolve(LintConfig config, SettingsProblems problems) throws LintSetupException {
    RuleRegistry registry = RuleRegistry.builtIn();
    RulePackLoader packLoader = new RulePackLoader();
    boolean allPacksLoaded = true;
    for (Path file : union(packs, config.rulePacks())) {
      Optional<RulePack> pack = packLoader.load(file, registry.allMeta(), problems);
      if (pack.isPresent()) {
        registry = registry.plus(pack.get().rules(), "pack " + pack.get().name());
      }
      allPacksLoaded &= pack.isPresent();
    }
    PluginLoader pluginLoader = new PluginLoader();
    for (Path jar : union(plugins, config.plugins())) {
      try {
        registry = registry.plus(pluginLoader.load(jar), "plugin " + jar.getFileName());
      } catch (PluginLoader.PluginException e) {
        throw new LintSetupException(e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new LintSetupException(jar + ": " + e.getMessage());
      }
    }
    return new Resolved(registry, ConfiguredRules.resolve(config, registry::find, registry::unknown, allPacksLoaded, problems));
  }

  /** Both lists without repeats, keeping each path as the user wrote it, for messages. */
  private static List<Path> union(List<Path> first, List<Path> second) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> all = new ArrayList<>();
    for (Path path : java.util.stream.Stream.concat(first.stream(), second.stream()).toList()) {
      if (seen.add(path.toAbsolutePath().normalize())) {
        all.add(path);
      }
    }
    return all;
  }

  /** The config's settings, then the command line's, which win. */
  private RuleSettings settings(RuleRegistry registry, ConfiguredRules.Resolved configured) throws LintSetupException {
    Map<String, String> severities = configured.severities();
    Map<String, Map<String, String>> options = configured.options();
    for (String assignment : ruleSeverities) {
      int equals = assignment.indexOf('=');
      String value = equals < 0 ? "" : assignment.substring(equals + 1);
      if (equals < 1 || !SEVERITIES.contains(value)) {
        throw new LintSetupException("--rule expects ID=off|info|warning|error, got '%s'".formatted(assignment));
      }
      severities.put(find(registry, "--rule", assignment.substring(0, equals)).id(), value);
    }
    for (String ref : disabled) {
      severities.put(find(registry, "--disable", ref).id(), RuleSettings.OFF);
    }
    for (String assignment : ruleOptions) {
      int dot = assignment.indexOf('.');
      int equals = assignment.indexOf('=');
      if (dot < 1 || equals < dot + 2) {
        throw new LintSetupException("--rule-option expects ID.NAME=VALUE, got '%s'".formatted(assignment));
      }
      RuleMeta rule = find(registry, "--rule-option", assignment.substring(0, dot));
      String name = assignment.substring(dot + 1, equals);
      String value = assignment.substring(equals + 1);
      Optional<String> problem = RuleOptionCheck.problem(rule, name, value);
      if (problem.isPresent()) {
        throw new LintSetupException("--rule-option: " + problem.get());
      }
      options.computeIfAbsent(rule.id(), k -> new LinkedHashMap<>()).put(name, value);
    }
    return new RuleSettings(options, severities);
  }

  private static RuleMeta find(RuleRegistry registry, String flag, String ref) throws LintSetupException {
    return registry.find(ref).orElseThrow(() -> new LintSetupException(flag + ": " + registry.unknown(ref)));
  }
}
