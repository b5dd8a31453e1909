package dev.gal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.rule.FixKind;
import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

final class RulesCommand implements Callable<Integer> {
  /** The output formats of gal rules. */
  enum ListFormat {
    TEXT,
    JSON
  }

  private ListFormat format;
  private final RuleSourceOptions ruleSources = new RuleSourceOptions();

  private final Console console;

  RulesCommand(Console console) {
    this.console = console;
  }

  /** The command's picocli model, bound to this instance's fields, with its subcommand explain. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("rules").versionProvider(new VersionProvider());
    spec.usageMessage().description(
        "Lists every rule with the severity it has under --config, --rule and --disable.",
        "The rules are the built-in ones, the bundled pack's, and those of --rules packs and",
        "--plugin jars.");
    spec.addSubcommand("explain", new CommandLine(new Explain(console).spec()));
    CommandOptions options = new CommandOptions(spec);
    options.add("--format", "FORMAT", ListFormat.class, "text", v -> format = v, "text or json (default: ${DEFAULT-VALUE}).");
    ruleSources.addTo(options);
    options.standardHelp();
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    Optional<dev.gal.engine.RuleSources.Rules> rules = ruleSources.loadOrReport(console.err());
    if (rules.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    RuleRegistry registry = rules.get().registry();
    RuleSettings settings = rules.get().settings();
    if (format == ListFormat.JSON) {
      writeJson(registry, settings);
    } else {
      PrintWriter out = console.out();
      for (RuleMeta rule : registry.allMeta()) {
        String source = registry.source(rule.id());
        out.printf("%-15s %-8s %-6s %s%s%s%n", rule.id(), severity(rule, settings), fixColumn(rule), rule.summary(),
            changedFrom(rule, settings), source.equals(RuleRegistry.BUILT_IN) ? "" : " [" + source + "]");
      }
      long off = registry.allMeta().stream().filter(settings::disabled).count();
      long fixable = registry.allMeta().stream().filter(r -> r.fix() != FixKind.NONE).count();
      out.printf("%d rules%s, %d with a fix (safe: applied by --fix; unsafe: by --fix --unsafe-fixes); "
          + "'gal rules explain ID' shows one in full%n", registry.allMeta().size(), off == 0 ? "" : ", %d off".formatted(off), fixable);
    }
    console.out().flush();
    return ExitCode.CLEAN.code();
  }

  /** "safe" or "unsafe" for a rule with a fix, else blank. */
  private static String fixColumn(RuleMeta rule) {
    return rule.fix() == FixKind.NONE ? "" : rule.fix().label();
  }

  /** The severity the rule's findings get in this run, or "off" when the settings switch it off. */
  private static String severity(RuleMeta rule, RuleSettings settings) {
    return settings.disabled(rule) ? RuleSettings.OFF : settings.severityOf(rule).label();
  }

  /** " (default: error)" when the settings changed the rule's severity, else nothing. */
  private static String changedFrom(RuleMeta rule, RuleSettings settings) {
    return severity(rule, settings).equals(rule.severity().label()) ? "" : " (default: %s)".formatted(rule.severity().label());
  }

  private void writeJson(RuleRegistry registry, RuleSettings settings) throws IOException {
    try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(console.out())) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withoutSpacesInObjectEntries());
      json.writeStartArray();
      for (RuleMeta rule : registry.allMeta()) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        json.writeStringField("severity", severity(rule, settings));
        json.writeStringField("defaultSeverity", rule.severity().label());
        json.writeStringField("category", rule.category().name().toLowerCase(Locale.ROOT));
        json.writeStringField("summary", rule.summary());
        json.writeStringField("docs", rule.reference());
        json.writeStringField("quote", rule.quote());
        json.writeStringField("source", registry.source(rule.id()));
        json.writeStringField("fix", rule.fix().label());
        json.writeArrayFieldStart("options");
        for (OptionMeta option : rule.options()) {
          json.writeStartObject();
          json.writeStringField("name", option.name());
          json.writeStringField("type", option.type().label());
          json.writeStringField("default", option.defaultValue());
          json.writeStringField("accepts", option.accepted());
          json.writeStringField("description", option.description());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    console.out().println();
  }

  /** gal rules explain ID. */
  static final class Explain implements Callable<Integer> {
    private String id;
    private final RuleSourceOptions ruleSources = new RuleSourceOptions();

    private final Console console;

    Explain(Console console) {
      this.console = console;
    }

    /** The command's picocli model, bound to this instance's fields. It has no version provider, so --version prints nothing. */
    CommandSpec spec() {
      CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("explain");
      spec.usageMessage().description("Shows one rule in full: what it finds, why, its options and its source.");
      CommandOptions options = new CommandOptions(spec);
      options.parameter("ID", String.class, v -> id = v, "A rule id or name, e.g. AWS-INT-001 or integration-timeout-out-of-range.");
      ruleSources.addTo(options);
      options.standardHelp();
      return spec;
    }

    @Override
    public Integer call() {
      Optional<dev.gal.engine.RuleSources.Rules> rules = ruleSources.loadOrReport(console.err());
      if (rules.isEmpty()) {
        return ExitCode.USAGE.code();
      }
      RuleRegistry registry = rules.get().registry();
      RuleSettings settings = rules.get().settings();
      RuleMeta rule = registry.find(id).orElse(null);
      if (rule == null) {
        console.err().println("gal: " + registry.unknown(id));
        return ExitCode.USAGE.code();
      }
      PrintWriter out = console.out();
      out.printf("%s: %s%n%n%s.%n%n", rule.id(), rule.name(), rule.summary());
      out.printf("Severity:  %s%s%nCategory:  %s%nSince:     %s%nSource:    %s%nDocs:      %s%n",
          severity(rule, settings), changedFrom(rule, settings), rule.category().title(), rule.since(),
          registry.source(rule.id()), rule.reference());
      if (rule.fix() != FixKind.NONE) {
        out.printf("Fix:       %s (gal lint --fix%s)%n", rule.fix().label(), rule.fix() == FixKind.UNSAFE ? " --unsafe-fixes" : "");
      }
      out.println();
      out.println(rule.description());
      if (!rule.quote().isEmpty()) {
        out.printf("%nThe source says: \"%s\"%n", rule.quote());
      }
      if (!rule.options().isEmpty()) {
        out.printf("%nOptions (--rule-option %s.NAME=VALUE):%n", rule.id());
        rule.options().forEach(o -> out.printf("  %s (default %s; %s): %s%n", o.name(), o.defaultValue(), o.accepted(), o.description()));
      }
      out.flush();
      return ExitCode.CLEAN.code();
    }
  }
}
