package dev.gal.cli;

import dev.gal.config.ConfiguredRules;
import dev.gal.config.LintConfig;
import dev.gal.config.LintConfigException;
import dev.gal.config.LintConfigLoader;
import dev.gal.config.RuleOptionCheck;
import dev.gal.engine.PluginLoader;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.rule.ExportTarget;
import dev.gal.pack.RulePack;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.RuleMeta;
import dev.gal.schema.SettingsProblems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that choose rules and their settings, shared by the commands:
 * the lint config, packs, plugins, severities and options. The command line
 * wins over the config file.
 */
final class RuleSourceOptions {
  private static final Set<String> SEVERITIES = Set.of("off", "info", "warning", "error");

  @Option(names = "--config", paramLabel = "FILE", description = "Use this lint config instead of the nearest .gal-lint.yaml above each file.")
  Path configFile;

  @Option(names = "--rules", paramLabel = "FILE", description = "Add the rules of a declarative rule pack (YAML). Repeatable.")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--plugin", paramLabel = "JAR", description = "Add the Java rules of a plugin jar (ServiceLoader). Repeatable.")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--rule", paramLabel = "ID=SEVERITY", description = "Set a rule's severity: off, info, warning or error. Repeatable.")
  List<String> ruleSeverities = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "ID", description = "Switch a rule off. Repeatable.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--rule-option", paramLabel = "ID.NAME=VALUE", description = "Set an option of a rule, e.g. AWS-INT-001.max_timeout_ms=120000. Repeatable.")
  List<String> ruleOptions = new ArrayList<>();

  private final LintConfigLoader configLoader = new LintConfigLoader();

  /** The rules of a run, their settings, and the lint config they came from. */
  record Rules(RuleRegistry registry, RuleSettings settings, LintConfig config) {
    /** These rules for an export target: every rule with a target option reports as for that target. */
    Rules forTarget(ExportTarget target) {
      return new Rules(registry, settings.withOption(registry.allMeta(), ExportTarget.OPTION, target.optionValue()), config);
    }
  }

  /** The lint config for a linted file: --config, else the nearest .gal-lint.yaml, else the default. */
  LintConfig configFor(Path file) throws UsageException {
    Optional<Path> found = configFile != null ? Optional.of(configFile) : LintConfigLoader.find(file);
    try {
      return found.isPresent() ? configLoader.load(found.get()) : LintConfig.DEFAULT;
    } catch (LintConfigException e) {
      throw new UsageException(withRuleProblems(e));
    }
  }

  /** A broken config's problems with those of its packs and rule settings, which need its rules loaded. */
  private List<String> withRuleProblems(LintConfigException e) {
    try {
      resolve(e.partial(), e.problems());
      return e.problems().lines();
    } catch (UsageException pluginProblem) {
      return java.util.stream.Stream.concat(e.problems().lines().stream(), pluginProblem.lines().stream()).toList();
    }
  }

  /** The rules under --config (or none), or empty after printing each problem; the caller exits 2. */
  Optional<Rules> loadOrReport(PrintWriter err) {
    return loadOrReport(err, null);
  }

  /** As {@link #loadOrReport(PrintWriter)}, with the lint config found for {@code file} when it is not null. */
  Optional<Rules> loadOrReport(PrintWriter err, Path file) {
    try {
      return Optional.of(load(file == null && configFile == null ? LintConfig.DEFAULT : configFor(file)));
    } catch (UsageException e) {
      report(err, e);
      return Optional.empty();
    }
  }

  static void report(PrintWriter err, UsageException e) {
    e.lines().forEach(line -> err.println("gal: " + line));
    err.flush();
  }

  Rules load(LintConfig config) throws UsageException {
    SettingsProblems problems = new SettingsProblems();
    Resolved resolved = resolve(config, problems);
    if (!problems.isEmpty()) {
      throw new UsageException(problems.lines());
    }
    return new Rules(resolved.registry(), settings(resolved.registry(), resolved.configured()), config);
  }

  /** The rules of the packs and plugins that loaded, and the config's rule settings resolved against them. */
  private record Resolved(RuleRegistry registry, ConfiguredRules.Resolved configured) {}

  /** Adds every problem of the config's packs and rule settings to {@code problems}; a plugin's ends the run. */
  private Resolved resolve(LintConfig config, SettingsProblems problems) throws UsageException {
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
        throw new UsageException(e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new UsageException(jar + ": " + e.getMessage());
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
  private RuleSettings settings(RuleRegistry registry, ConfiguredRules.Resolved configured) throws UsageException {
    Map<String, String> severities = configured.severities();
    Map<String, Map<String, String>> options = configured.options();
    for (String assignment : ruleSeverities) {
      int equals = assignment.indexOf('=');
      String value = equals < 0 ? "" : assignment.substring(equals + 1);
      if (equals < 1 || !SEVERITIES.contains(value)) {
        throw new UsageException("--rule expects ID=off|info|warning|error, got '%s'".formatted(assignment));
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
        throw new UsageException("--rule-option expects ID.NAME=VALUE, got '%s'".formatted(assignment));
      }
      RuleMeta rule = find(registry, "--rule-option", assignment.substring(0, dot));
      String name = assignment.substring(dot + 1, equals);
      String value = assignment.substring(equals + 1);
      Optional<String> problem = RuleOptionCheck.problem(rule, name, value);
      if (problem.isPresent()) {
        throw new UsageException("--rule-option: " + problem.get());
      }
      options.computeIfAbsent(rule.id(), k -> new LinkedHashMap<>()).put(name, value);
    }
    return new RuleSettings(options, severities);
  }

  private static RuleMeta find(RuleRegistry registry, String flag, String ref) throws UsageException {
    return registry.find(ref).orElseThrow(() -> new UsageException(flag + ": " + registry.unknown(ref)));
  }
}
