package dev.gal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.OptionMeta;
import dev.gal.rule.RuleMeta;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists every rule: built in, from the bundled pack, and from --rules packs and --plugin jars.",
    subcommands = RulesCommand.Explain.class)
final class RulesCommand implements Callable<Integer> {
  /** The output formats of gal rules. */
  enum ListFormat {
    TEXT,
    JSON
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  private ListFormat format;

  @Mixin
  private RuleSourceOptions ruleSources;

  private final Console console;

  RulesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Optional<RuleSourceOptions.Rules> rules = ruleSources.loadOrReport(console.err());
    if (rules.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    RuleRegistry registry = rules.get().registry();
    if (format == ListFormat.JSON) {
      writeJson(registry);
    } else {
      PrintWriter out = console.out();
      for (RuleMeta rule : registry.allMeta()) {
        String source = registry.source(rule.id());
        out.printf("%-15s %-8s %s%s%n", rule.id(), rule.severity().label(), rule.summary(),
            source.equals(RuleRegistry.BUILT_IN) ? "" : " [" + source + "]");
      }
      out.printf("%d rules; 'gal rules explain ID' shows one in full%n", registry.allMeta().size());
    }
    console.out().flush();
    return ExitCode.CLEAN.code();
  }

  private void writeJson(RuleRegistry registry) throws IOException {
    try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(console.out())) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withoutSpacesInObjectEntries());
      json.writeStartArray();
      for (RuleMeta rule : registry.allMeta()) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        json.writeStringField("severity", rule.severity().label());
        json.writeStringField("category", rule.category().name().toLowerCase(Locale.ROOT));
        json.writeStringField("summary", rule.summary());
        json.writeStringField("docs", rule.docs());
        json.writeStringField("source", registry.source(rule.id()));
        json.writeArrayFieldStart("options");
        for (OptionMeta option : rule.options()) {
          json.writeStartObject();
          json.writeStringField("name", option.name());
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

  @Command(name = "explain", mixinStandardHelpOptions = true, description = "Shows one rule in full: what it finds, why, its options and its source.")
  static final class Explain implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "A rule id or name, e.g. AWS-INT-001 or integration-timeout-out-of-range.")
    private String id;

    @Mixin
    private RuleSourceOptions ruleSources;

    private final Console console;

    Explain(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      Optional<RuleSourceOptions.Rules> rules = ruleSources.loadOrReport(console.err());
      if (rules.isEmpty()) {
        return ExitCode.USAGE.code();
      }
      RuleRegistry registry = rules.get().registry();
      RuleMeta rule = registry.find(id).orElse(null);
      if (rule == null) {
        console.err().println("gal: no rule '%s'; 'gal rules' lists them".formatted(id));
        return ExitCode.USAGE.code();
      }
      PrintWriter out = console.out();
      out.printf("%s: %s%n%n%s.%n%n", rule.id(), rule.name(), rule.summary());
      out.printf("Severity:  %s%nCategory:  %s%nSince:     %s%nSource:    %s%nDocs:      %s%n%n",
          rule.severity().label(), rule.category().title(), rule.since(), registry.source(rule.id()), rule.docs());
      out.println(rule.description());
      if (!rule.options().isEmpty()) {
        out.printf("%nOptions (--rule-option %s.NAME=VALUE):%n", rule.id());
        rule.options().forEach(o -> out.printf("  %s (default %s; %s): %s%n", o.name(), o.defaultValue(), o.accepted(), o.description()));
      }
      out.flush();
      return ExitCode.CLEAN.code();
    }
  }
}
