package dev.gal.cli;

import dev.gal.engine.PluginLoader;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.pack.RulePack;
import dev.gal.pack.RulePackException;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose rules and their settings, shared by gal lint and gal rules. */
final class RuleSourceOptions {
  @Option(names = "--rules", paramLabel = "FILE", description = "Add the rules of a declarative rule pack (YAML). Repeatable.")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--plugin", paramLabel = "JAR", description = "Add the Java rules of a plugin jar (ServiceLoader). Repeatable.")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--rule-option", paramLabel = "ID.NAME=VALUE", description = "Set an option of a rule, e.g. AWS-INT-001.max_timeout_ms=120000. Repeatable.")
  List<String> ruleOptions = new ArrayList<>();

  /** The rules of a run and their settings. */
  record Rules(RuleRegistry registry, RuleSettings settings) {}

  /** The rules, or empty after printing each problem to {@code err}; the caller then exits 2. */
  Optional<Rules> loadOrReport(PrintWriter err) {
    try {
      RuleRegistry registry = registry();
      return Optional.of(new Rules(registry, settings(registry)));
    } catch (UsageException e) {
      e.lines().forEach(line -> err.println("gal: " + line));
      err.flush();
      return Optional.empty();
    }
  }

  /** The built-in rules plus the user's packs and plugins. */
  RuleRegistry registry() throws UsageException {
    RuleRegistry registry = RuleRegistry.builtIn();
    RulePackLoader packLoader = new RulePackLoader();
    for (Path file : packs) {
      try {
        RulePack pack = packLoader.load(file);
        registry = registry.plus(pack.rules(), "pack " + pack.name());
      } catch (RulePackException e) {
        throw new UsageException(e.problems());
      } catch (IllegalArgumentException e) {
        throw new UsageException(file + ": " + e.getMessage());
      }
    }
    PluginLoader pluginLoader = new PluginLoader();
    for (Path jar : plugins) {
      try {
        registry = registry.plus(pluginLoader.load(jar), "plugin " + jar.getFileName());
      } catch (PluginLoader.PluginException e) {
        throw new UsageException(e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new UsageException(jar + ": " + e.getMessage());
      }
    }
    return registry;
  }

  /** The --rule-option values, checked against the options each rule declares. */
  RuleSettings settings(RuleRegistry registry) throws UsageException {
    Map<String, Map<String, String>> options = new LinkedHashMap<>();
    for (String assignment : ruleOptions) {
      int dot = assignment.indexOf('.');
      int equals = assignment.indexOf('=');
      if (dot < 1 || equals < dot + 2) {
        throw new UsageException("--rule-option expects ID.NAME=VALUE, got '%s'".formatted(assignment));
      }
      String ruleRef = assignment.substring(0, dot);
      String name = assignment.substring(dot + 1, equals);
      String value = assignment.substring(equals + 1);
      RuleMeta rule = registry.find(ruleRef).orElseThrow(() -> new UsageException("--rule-option: no rule " + ruleRef));
      Optional<OptionMeta> option = rule.options().stream().filter(o -> o.name().equals(name)).findFirst();
      if (option.isEmpty()) {
        throw new UsageException("--rule-option: %s has no option '%s'%s".formatted(rule.id(), name, rule.options().isEmpty()
            ? "" : "; it has " + String.join(", ", rule.options().stream().map(OptionMeta::name).toList())));
      }
      if (option.get().defaultValue().matches("-?\\d+") && !value.matches("-?\\d+")) {
        throw new UsageException("--rule-option: %s.%s takes a whole number, got '%s'".formatted(rule.id(), name, value));
      }
      options.computeIfAbsent(rule.id(), k -> new LinkedHashMap<>()).put(name, value);
    }
    return new RuleSettings(options);
  }
}
