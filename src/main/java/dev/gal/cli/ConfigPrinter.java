package dev.gal.cli;

import dev.gal.config.IgnoreEntry;
import dev.gal.config.LintConfig;
import dev.gal.config.RuleSetting;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.rule.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * gal lint --print-config FILE: the settings that apply to one file, each with
 * where it comes from (the config file and line, a command-line flag, or the
 * default), as YAML a user can read and copy.
 */
final class ConfigPrinter {
  private final PrintWriter out;

  ConfigPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(Path file, RuleSourceOptions sources) throws UsageException {
    LintConfig config = sources.configFor(file);
    dev.gal.engine.RuleSources.Rules rules = sources.load(config);
    RuleRegistry registry = rules.registry();
    RuleSettings settings = rules.settings();
    out.printf("# effective gal lint settings for %s%n", file);
    out.printf("config: %s%n", config.file() == null ? "none (built-in defaults)" : config.file());
    out.printf("fail-on: %s  # %s%n", config.failOn().orElse("error"), config.failOn().isPresent() ? config.failOnOrigin() : "default");
    Map<String, String> origins = new TreeMap<>();
    for (RuleSetting setting : config.rules().values()) {
      registry.find(setting.ruleRef()).ifPresent(rule -> origins.put(rule.id(),
          "%s:%d".formatted(setting.origin(), setting.position().line())));
    }
    sources.ruleSeverities.forEach(a -> registry.find(a.substring(0, Math.max(0, a.indexOf('=')))).ifPresent(r -> origins.put(r.id(), "--rule")));
    sources.disabled.forEach(ref -> registry.find(ref).ifPresent(r -> origins.put(r.id(), "--disable")));
    sources.ruleOptions.forEach(a -> registry.find(a.substring(0, Math.max(0, a.indexOf('.')))).ifPresent(r -> origins.put(r.id(), "--rule-option")));
    out.println("rules:");
    for (RuleMeta rule : registry.allMeta()) {
      String severity = settings.disabled(rule) ? RuleSettings.OFF : settings.severityOf(rule).label();
      Map<String, String> options = settings.options().getOrDefault(rule.id(), Map.of());
      String origin = origins.getOrDefault(rule.id(), "default");
      out.printf("  %s: %s%s  # %s; %s%n", rule.id(), severity,
          options.isEmpty() ? "" : " " + new TreeMap<>(options), origin, registry.source(rule.id()));
    }
    out.println("rule-packs: " + config.rulePacks());
    out.println("plugins: " + config.plugins());
    out.println("ignore:" + (config.ignores().isEmpty() ? " []" : ""));
    for (IgnoreEntry ignore : config.ignores()) {
      out.printf("  - {files: '%s', rules: %s, pointer: '%s', reason: '%s'}  # %s%n", ignore.files(), ignore.rules(),
          ignore.pointer() == null ? "" : ignore.pointer(), ignore.reason(), ignore.origin());
    }
    out.flush();
  }
}
