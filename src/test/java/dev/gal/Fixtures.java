package dev.gal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gal.aws.ImportDiagnostics;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The fixture folders of the rules: fixtures/rules/ID/{good*,bad*}. */
public final class Fixtures {
  private Fixtures() {}

  public static Path ruleDir(String id) {
    return TestSupport.root().resolve("fixtures/rules").resolve(id);
  }

  public static List<Path> good(String id) {
    return files(id, "good");
  }

  public static List<Path> bad(String id) {
    return files(id, "bad");
  }

  private static List<Path> files(String id, String prefix) {
    Path dir = ruleDir(id);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> !p.getFileName().toString().endsWith(".expect.yaml"))
          .filter(p -> !p.getFileName().toString().equals("options.yaml"))
          .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith(prefix + "."))
              .thenComparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rule options the fixtures of a folder run with: fixtures/rules/ID/options.yaml,
   * if any. A key NAME is the folder rule's option; a key OTHER-ID.NAME sets another
   * rule's option, for rules whose options follow another's (RuleOption.sameAs).
   */
  public static RuleSettings settings(String id) {
    Path file = ruleDir(id).resolve("options.yaml");
    if (!Files.exists(file)) {
      return RuleSettings.DEFAULTS;
    }
    try {
      Map<String, Map<String, String>> options = new TreeMap<>();
      new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).fields().forEachRemaining(e -> {
        int dot = e.getKey().lastIndexOf('.');
        String rule = dot < 0 ? id : e.getKey().substring(0, dot);
        options.computeIfAbsent(rule, r -> new TreeMap<>()).put(e.getKey().substring(dot + 1), e.getValue().asText());
      });
      return new RuleSettings(options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command whose findings a rule's fixtures show: import for what gal import reports, else lint. */
  public static String command(RuleMeta meta) {
    return ImportDiagnostics.ALL.contains(meta) ? "import" : "lint";
  }

  /** What one fixture gives with only this rule on, under the command that reports it. */
  public static List<Finding> findings(RuleMeta meta, Path file, RuleRegistry registry) {
    if (command(meta).equals("import")) {
      return TestSupport.importFindings(file, display(file));
    }
    return TestSupport.lint(file, display(file), registry.only(Set.of(meta.id())), settings(meta.id())).findings();
  }

  public static String display(Path file) {
    return TestSupport.root().relativize(file).toString().replace('\\', '/');
  }
}
