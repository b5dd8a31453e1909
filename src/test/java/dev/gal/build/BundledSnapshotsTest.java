package dev.gal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gal.engine.RuleRegistry;
import dev.gal.io.TreeSnapshot;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.BuiltInRuleMeta;
import dev.gal.rule.RuleMeta;
import dev.gal.schema.SchemaStage;
import org.junit.jupiter.api.Test;

/**
 * The build wrote a snapshot of everything the jar bundles, and each holds what its
 * source says: a run that read the sources would lint alike, only slower.
 */
class BundledSnapshotsTest {
  @Test
  void everySchemaSnapshotIsItsJson() {
    for (String schema : SchemaStage.BUNDLED) {
      JsonNode snapshot = TreeSnapshot.bundled(schema, JsonNodeFactory.instance).orElseThrow(() -> missing(schema));
      assertEquals(SchemaStage.parseBundled(schema), snapshot, schema);
      assertEquals(SchemaStage.parseBundled(schema).toString(), snapshot.toString(), schema);
    }
  }

  @Test
  void everyPackSnapshotIsItsYaml() {
    for (String pack : RulePackLoader.BUNDLED) {
      JsonNode snapshot = TreeSnapshot.bundled(pack, JsonNodeFactory.instance).orElseThrow(() -> missing(pack));
      assertEquals(RulePackLoader.parseBundled(pack), snapshot, pack);
      assertEquals(RulePackLoader.parseBundled(pack).toString(), snapshot.toString(), pack);
    }
  }

  @Test
  void everyBuiltInRuleHasTheMetadataItsAnnotationDeclares() throws ClassNotFoundException {
    Class.forName(BuiltInRuleMeta.GENERATED_CLASS);
    for (Class<?> rule : RuleRegistry.builtInRuleClasses()) {
      assertEquals(RuleMeta.fromAnnotation(rule), RuleMeta.of(rule), rule::getName);
    }
  }

  @Test
  void theGeneratedSourceSpellsOddTextExactly() {
    String source = RuleMetaSource.of(RuleRegistry.builtInRuleClasses());
    assertTrue(source.contains("byClass.put(\"" + RuleRegistry.builtInRuleClasses().get(0).getName() + "\""), source);
    assertTrue(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7e)), "printable ASCII only");
    // Octal for controls, three digits each: javac reads \\u000a before the literal, and would end the line in it.
    assertEquals("\"a\\012b\\\"c\\\\d\\u00e9\\0017\"", RuleMetaSource.quoted("a\nb\"c\\d\u00e9\u00017"));
  }

  private static AssertionError missing(String resource) {
    return new AssertionError("the build wrote no snapshot of " + resource + " (exec-maven-plugin, process-classes)");
  }
}
