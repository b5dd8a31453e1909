package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the example plugin of examples/plugin/ into a jar, as a user would,
 * and loads it with --plugin.
 */
class PluginTest {
  @TempDir
  static Path work;

  private static Path jar;

  @BeforeAll
  static void buildExamplePlugin() throws Exception {
    Path source = TestSupport.root().resolve("examples/plugin/src/com/example/gal/RequireStageV1.java");
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--release", "17", "-cp", System.getProperty("java.class.path"),
        "-d", classes.toString(), source.toString());
    assertEquals(0, status, "the example plugin compiles against the rule API");
    jar = work.resolve("acme-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, "com/example/gal/RequireStageV1.class", classes.resolve("com/example/gal/RequireStageV1.class"));
      add(out, "META-INF/services/dev.gal.rule.GalConfigRule",
          TestSupport.root().resolve("examples/plugin/META-INF/services/dev.gal.rule.GalConfigRule"));
    }
  }

  private static void add(JarOutputStream out, String name, Path file) throws Exception {
    out.putNextEntry(new JarEntry(name));
    out.write(Files.readAllBytes(file));
    out.closeEntry();
  }

  @Test
  void pluginRulesRunLikeBuiltInRules() {
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", "--plugin", jar.toString(), "examples/petstore.yaml");
    assertEquals(1, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("\"ruleId\":\"ACME-STAGE-001\""), run.stdout());
    assertTrue(run.stdout().contains("\"line\":9"), run.stdout());
  }

  @Test
  void rulesListNamesThePluginAsSource() {
    String json = TestSupport.cli("rules", "--format", "json", "--plugin", jar.toString()).stdout();
    assertTrue(json.contains("\"source\":\"plugin acme-rules.jar\""), json);
  }

  @Test
  void aJarWithoutRulesIsAUsageError() throws Exception {
    Path empty = work.resolve("empty.jar");
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
      out.flush();
    }
    TestSupport.Run run = TestSupport.cli("lint", "--plugin", empty.toString(), "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("no rules found"), run.stderr());
  }
}
