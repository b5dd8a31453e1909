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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Run by the build right after compiling (exec-maven-plugin, in the compile phase, so that
 * mvn compile leaves nothing stale): writes the snapshots of what the jar bundles, so that
 * start-up reads binary trees instead of parsing JSON and YAML, and the built-in rules'
 * metadata as a compiled class (see BuiltInRuleMeta), so that start-up reflects on no
 * annotation. The arguments are the class output folder, where the resources were copied
 * before, and the folder for generated sources.
 */
public final class BundledSnapshots {
  private BundledSnapshots() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path generatedSources = Path.of(args[1]);
    // The class an earlier build generated must not be what this one reads while it records the rules.
    Files.deleteIfExists(classes.resolve(BuiltInRuleMeta.GENERATED_CLASS.replace('.', '/') + ".class"));
    for (String schema : SchemaStage.BUNDLED) {
      write(classes, schema, SchemaStage.parseBundled(schema));
    }
    for (String pack : RulePackLoader.BUNDLED) {
      write(classes, pack, RulePackLoader.parseBundled(pack));
    }
    Path metadata = generatedSources.resolve(BuiltInRuleMeta.GENERATED_CLASS.replace('.', '/') + ".java");
    Files.createDirectories(metadata.getParent());
    Files.writeString(metadata, RuleMetaSource.of(RuleRegistry.builtInRuleClasses()));
    compile(metadata, classes);
  }

  /** Compiles the generated source into the class folder, for Java 17 as the rest is. */
  private static void compile(Path source, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the build needs a JDK's compiler to compile " + source);
    }
    int status = javac.run(null, null, null, "--release", "17", "-nowarn", "-classpath", classes.toString(), "-d",
        classes.toString(), source.toString());
    if (status != 0) {
      throw new IllegalStateException("javac failed on " + source);
    }
  }

  private static void write(Path classes, String resource, JsonNode tree) throws IOException {
    Path file = classes.resolve(TreeSnapshot.of(resource).substring(1));
    byte[] source = Files.readAllBytes(classes.resolve(resource.substring(1)));
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      TreeSnapshot.write(tree, source, out);
    }
  }
}
