package dev.gal.cli;

import dev.gal.config.LintConfig;
import dev.gal.engine.LintSetupException;
import dev.gal.engine.RuleSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The flags that choose rules and their settings, shared by the commands. What
 * they mean is {@link RuleSources}'s business; this class maps flags to it.
 */
final class RuleSourceOptions {
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

  /** The flags as the engine takes them. */
  RuleSources sources() {
    return new RuleSources(configFile, packs, plugins, ruleSeverities, disabled, ruleOptions);
  }

  /** The lint config for a linted file: --config, else the nearest .gal-lint.yaml, else the default. */
  LintConfig configFor(Path file) throws UsageException {
    try {
      return sources().configFor(file);
    } catch (LintSetupException e) {
      throw new UsageException(e.lines());
    }
  }

  RuleSources.Rules load(LintConfig config) throws UsageException {
    try {
      return sources().load(config);
    } catch (LintSetupException e) {
      throw new UsageException(e.lines());
    }
  }

  /** The rules under --config (or none), or empty after printing each problem; the caller exits 2. */
  Optional<RuleSources.Rules> loadOrReport(PrintWriter err) {
    return loadOrReport(err, null);
  }

  /** As {@link #loadOrReport(PrintWriter)}, with the lint config found for {@code file} when it is not null. */
  Optional<RuleSources.Rules> loadOrReport(PrintWriter err, Path file) {
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
}
