package dev.gal.cli;

import dev.gal.config.LintConfig;
import dev.gal.engine.LintSetupException;
import dev.gal.engine.RuleSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flags that choose rules and their settings, shared by the commands. What
 * they mean is {@link RuleSources}'s business; this class maps flags to it.
 */
final class RuleSourceOptions {
  Path configFile;
  List<Path> packs = new ArrayList<>();
  List<Path> plugins = new ArrayList<>();
  List<String> ruleSeverities = new ArrayList<>();
  List<String> disabled = new ArrayList<>();
  List<String> ruleOptions = new ArrayList<>();

  /** Declares the flags on a command that takes them. */
  void addTo(CommandOptions options) {
    options.add("--config", "FILE", Path.class, v -> configFile = v, "Use this lint config instead of the nearest .gal-lint.yaml above each file.");
    options.repeatable("--rules", "FILE", Path.class, v -> packs = v, "Add the rules of a declarative rule pack (YAML). Repeatable.");
    options.repeatable("--plugin", "JAR", Path.class, v -> plugins = v, "Add the Java rules of a plugin jar (ServiceLoader). Repeatable.");
    options.repeatable("--rule", "ID=SEVERITY", String.class, v -> ruleSeverities = v,
        "Set a rule's severity: off, info, warning or error. Repeatable.");
    options.repeatable("--disable", "ID", String.class, v -> disabled = v, "Switch a rule off. Repeatable.");
    options.repeatable("--rule-option", "ID.NAME=VALUE", String.class, v -> ruleOptions = v,
        "Set an option of a rule, e.g. AWS-INT-001.max_timeout_ms=120000. Repeatable.");
  }

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
