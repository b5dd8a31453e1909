package dev.gal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.FailFastAssertionException;
import com.networknt.schema.ValidationMessage;
import dev.gal.io.TreeSnapshot;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates a GAL config against schemas/gal-config.schema.json and turns each
 * validator error into a located finding with a message written for people.
 * Each compiled schema is built once per JVM.
 */
public final class SchemaStage {
  public static final String SCHEMA_RESOURCE = "/schemas/gal-config.schema.json";
  public static final String RULE_PACK_SCHEMA_RESOURCE = "/schemas/gal-rule-pack.schema.json";
  public static final String LINT_CONFIG_SCHEMA_RESOURCE = "/schemas/gal-lint.schema.json";

  /** The schemas the jar bundles, by resource name. */
  public static final List<String> BUNDLED = List.of(SCHEMA_RESOURCE, RULE_PACK_SCHEMA_RESOURCE, LINT_CONFIG_SCHEMA_RESOURCE);

  /** Objects where GAL's loader ignores unknown keys; elsewhere it fails on them. */
  private static final Set<String> LENIENT_GAL_OBJECTS = Set.of("", "/$defs/service", "/$defs/route");


  private final JsonNode schemaTree;
  private final JsonSchema schema;
  private final SchemaMessages messages;

  private SchemaStage(JsonNode schemaTree, Function<String, String> unknownKeyEffect) {
    this.schemaTree = schemaTree;
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(false)
        .build();
    this.schema = Draft2020Dialect.FACTORY.getSchema(schemaTree, config);
    this.messages = new SchemaMessages(schemaTree, unknownKeyEffect);
  }

  public static SchemaStage galConfig() {
    return GalConfigHolder.STAGE;
  }

  /** The stage for rule pack files (schemas/gal-rule-pack.schema.json). */
  public static SchemaStage rulePack() {
    return RulePackHolder.STAGE;
  }

  /** The stage for lint config files (schemas/gal-lint.schema.json). */
  public static SchemaStage lintConfig() {
    return LintConfigHolder.STAGE;
  }

  /** Built on first use by the JVM's class initialisation, which is lazy and thread-safe. */
  private static final class GalConfigHolder {
    static final SchemaStage STAGE = new SchemaStage(readSchema(SCHEMA_RESOURCE),
        objectPath -> LENIENT_GAL_OBJECTS.contains(objectPath)
            ? "GAL ignores it silently, so the setting it was meant to be has no effect"
            : "GAL fails to load a config with it");
  }

  private static final class LintConfigHolder {
    static final SchemaStage STAGE = new SchemaStage(readSchema(LINT_CONFIG_SCHEMA_RESOURCE),
        objectPath -> "the lint config format does not define it");
  }

  private static final class RulePackHolder {
    static final SchemaStage STAGE = new SchemaStage(readSchema(RULE_PACK_SCHEMA_RESOURCE),
        objectPath -> "the rule pack format does not define it");
  }

  public JsonNode schemaTree() {
    return schemaTree;
  }

  /**
   * Documents with more values than this are checked only up to their first
   * schema problem. json-schema-validator keeps its messages in hash sets of
   * objects that are not Comparable, so crafted values whose messages share a
   * hash code make a full check quadratic; no real GAL config comes near the bound.
   */
  public static final int FULL_CHECK_MAX_VALUES = 100_000;

  /**
   * The findings of a check, the misspellings among them whose intended
   * spelling is clear, and whether the check stopped at the first problem.
   */
  public record Checked(List<Finding> findings, List<Misspelling> misspellings, boolean stoppedAtFirst) {}

  public List<Finding> validate(Document document) {
    return check(document).findings();
  }

  public Checked check(Document document) {
    List<Finding> findings = new ArrayList<>();
    List<Misspelling> misspellings = new ArrayList<>();
    java.util.Set<ValidationMessage> errors;
    boolean stopAtFirst = valueCount(document.root(), FULL_CHECK_MAX_VALUES) > FULL_CHECK_MAX_VALUES;
    try {
      errors = stopAtFirst ? firstProblem(document.root()) : schema.validate(document.root());
    } catch (RuntimeException e) {
      // The validator assumes values JSON can hold; anything else must not end the run.
      findings.add(Finding.of(SchemaDiagnostics.VIOLATION, "the schema validator could not check this document, so its "
          + "schema problems are not reported", document.positions().locate(JsonPointer.root()).value(), JsonPointer.root()));
      return new Checked(findings, misspellings, false);
    }
    for (List<ValidationMessage> mistake : SchemaAlternatives.mistakes(errors)) {
      SchemaMessages.Described described = messages.describe(mistake);
      JsonPointer pointer = toPointer(mistake.get(0).getInstanceLocation());
      if (described.memberName() != null) {
        pointer = pointer.append(described.memberName());
      }
      NodeLocation location = document.positions().locate(pointer);
      boolean atKey = described.atKey() && document.positions().exact(pointer) != null;
      Finding finding = Finding.of(described.rule(), described.text(), atKey ? location.keyOrValue() : location.value(), pointer);
      findings.add(described.certain() ? SchemaFixes.withFix(finding, document, described) : finding);
      if (described.meant() != null) {
        misspellings.add(new Misspelling(pointer, described.meant(), described.memberName() != null));
      }
    }
    return new Checked(findings, misspellings, stopAtFirst && !errors.isEmpty());
  }

  private java.util.Set<ValidationMessage> firstProblem(JsonNode root) {
    try {
      return schema.validate(root, context -> context.getExecutionConfig().setFailFast(true));
    } catch (FailFastAssertionException first) {
      return first.getValidationMessages();
    }
  }

  /** The number of values in the tree, counted up to just past {@code bound}. */
  private static int valueCount(JsonNode root, int bound) {
    int count = 0;
    java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty() && count <= bound) {
      JsonNode node = pending.pop();
      count++;
      node.forEach(pending::push);
    }
    return count;
  }

  static JsonPointer toPointer(JsonNodePath path) {
    JsonPointer pointer = JsonPointer.root();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer = pointer.append(String.valueOf(path.getElement(i)));
    }
    return pointer;
  }

  /** The schema as the build's snapshot holds it, else as its JSON text says. */
  private static JsonNode readSchema(String resource) {
    return TreeSnapshot.bundled(resource, SchemaTree.NODES).orElseGet(() -> parseBundled(resource));
  }

  /** A bundled schema read from its JSON text; the build snapshots this tree. */
  public static JsonNode parseBundled(String resource) {
    try (InputStream in = SchemaStage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + resource);
      }
      return SchemaTree.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
