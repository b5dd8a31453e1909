package dev.gal.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.engine.RuleRegistry;
import dev.gal.io.TreeSnapshot;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.BuiltInRuleMeta;
import dev.gal.schema.SchemaStage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build after compiling (exec-maven-plugin, process-classes): writes the
 * snapshots of what the jar bundles, so that start-up reads binary trees instead of
 * parsing JSON and YAML and reflecting on 125 annotations. The argument is the class
 * output folder, where the resources were copied before.
 */
public final class BundledSnapshots {
  private BundledSnapshots() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    // A snapshot of an earlier build must not be what this one reads while it records the rules.
    Files.deleteIfExists(classes.resolve(TreeSnapshot.of(BuiltInRuleMeta.RESOURCE).substring(1)));
    for (String schema : SchemaStage.BUNDLED) {
      write(classes, schema, SchemaStage.parseBundled(schema));
    }
    for (String pack : RulePackLoader.BUNDLED) {
      write(classes, pack, RulePackLoader.parseBundled(pack));
    }
    write(classes, BuiltInRuleMeta.RESOURCE, BuiltInRuleMeta.tree(RuleRegistry.builtInRuleClasses()));
  }

  private static void write(Path classes, String resource, JsonNode tree) throws IOException {
    Path file = classes.resolve(TreeSnapshot.of(resource).substring(1));
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      TreeSnapshot.write(tree, out);
    }
  }
}
