package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.io.TreeSnapshot;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.FixKind;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import dev.gal.schema.SchemaCheckedFile;
import dev.gal.schema.SchemaStage;
import dev.gal.schema.SettingsProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads rule packs. A user's pack is validated against
 * schemas/gal-rule-pack.schema.json and {@link PackChecks}, and every problem
 * is reported with its line and column; the bundled packs are validated by the
 * test suite instead, so that start-up does not pay for it.
 */
public final class RulePackLoader {
  /** The packs shipped in the jar, from the rules/ folder of the project. */
  public static final List<String> BUNDLED = List.of("/rules/aws-basics.pack.yaml");

  private final Loader loader = new Loader(LoadLimits.DEFAULTS);

  /** The bundled packs, from the build's snapshots of them (see {@link TreeSnapshot}), else from their YAML. */
  public List<RulePack> bundled() {
    List<RulePack> packs = new ArrayList<>();
    for (String resource : BUNDLED) {
      packs.add(build(TreeSnapshot.bundled(resource, JsonNodeFactory.instance).orElseGet(() -> parseBundled(resource))));
    }
    return packs;
  }

  /** A bundled pack read from its YAML text; the build snapshots this tree. */
  public static JsonNode parseBundled(String resource) {
    try (InputStream in = RulePackLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled rule pack missing from the jar: " + resource);
      }
      LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(in.readAllBytes(), resource);
      return loaded.documents().get(0).root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a user's pack and checks it against the schema, itself and the rules
   * gal already has ({@code taken}); every problem goes to {@code problems},
   * and the pack comes back only when there is none.
   */
  public Optional<RulePack> load(Path file, Collection<RuleMeta> taken, SettingsProblems problems) {
    String display = file.toString().replace('\\', '/');
    SettingsProblems own = new SettingsProblems();
    Optional<Document> document = SchemaCheckedFile.read(loader, file, display, "rule pack", SchemaStage.rulePack(), own);
    document.ifPresent(d -> PackChecks.check(d, taken, own));
    own.addTo(problems);
    return own.isEmpty() ? document.map(d -> build(d.root())) : Optional.empty();
  }

  private static RulePack build(JsonNode root) {
    String packName = root.path("pack").asText();
    List<PackRule> rules = new ArrayList<>();
    for (JsonNode rule : root.path("rules")) {
      AppliesTo documents = documents(rule);
      String functionName = rule.path("then").path("function").asText();
      RuleMeta meta = new RuleMeta(rule.path("id").asText(), rule.path("name").asText(), rule.path("summary").asText(),
          rule.path("description").asText(rule.path("summary").asText()),
          Severity.valueOf(rule.path("severity").asText().toUpperCase(Locale.ROOT)),
          Category.valueOf(rule.path("category").asText().toUpperCase(Locale.ROOT)),
          rule.path("docs").asText(), rule.path("since").asText("0.1.0"), documents, List.of(), rule.path("quote").asText(""))
          .withFix(Functions.FIXES.getOrDefault(functionName, FixKind.NONE))
          .withChecksGenerated(rule.path("checksGenerated").asBoolean(true));
      List<Selector> selectors = new ArrayList<>();
      JsonNode given = rule.path("given");
      if (given.isArray()) {
        given.forEach(g -> selectors.add(Selector.parse(g.asText())));
      } else {
        selectors.add(Selector.parse(given.asText()));
      }
      JsonNode options = rule.path("then").path("options");
      PackFunction function = Functions.ALL.get(functionName).apply(options);
      String message = rule.path("message").asText();
      rules.add(documents == AppliesTo.OPENAPI ? new OpenApiPackRule(meta, packName, selectors, function, options, message)
          : new GalPackRule(meta, packName, selectors, function, options, message));
    }
    return new RulePack(packName, List.copyOf(rules));
  }

  /** The documents a rule checks: aws-config (the default), any-config or openapi. */
  static AppliesTo documents(JsonNode rule) {
    return AppliesTo.valueOf(rule.path("documents").asText("aws-config").replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
