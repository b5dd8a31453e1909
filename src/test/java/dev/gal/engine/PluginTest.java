package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    Path sources = TestSupport.root().resolve("examples/plugin/src/com/example/gal");
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--release", "17", "-cp", System.getProperty("java.class.path"),
        "-d", classes.toString(), sources.resolve("RequireStageV1.java").toString(), sources.resolve("RequireOwnerTag.java").toString());
    assertEquals(0, status, "the example plugin compiles against the rule API");
    jar = work.resolve("acme-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String rule : new String[] {"RequireStageV1", "RequireOwnerTag"}) {
        add(out, "com/example/gal/" + rule + ".class", classes.resolve("com/example/gal/" + rule + ".class"));
      }
      for (String kind : new String[] {"GalConfigRule", "OpenApiRule"}) {
        add(out, "META-INF/services/dev.gal.rule." + kind,
            TestSupport.root().resolve("examples/plugin/META-INF/services/dev.gal.rule." + kind));
      }
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
  void pluginOpenApiRulesRunOnOpenApiDocuments() {
    TestSupport.Run run = TestSupport.cli("lint", "--quiet", "--plugin", jar.toString(),
        "fixtures/packs/openapi-team/good.yaml");
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> acme = run.stdout().lines().filter(l -> l.startsWith("fixtures/") && l.contains(" ACME-")).toList();
    assertEquals(List.of(
        "fixtures/packs/openapi-team/good.yaml:7:5: warning ACME-OAS-001 GET /orders has no team- tag; name the team that owns it",
        "fixtures/packs/openapi-team/good.yaml:16:5: warning ACME-OAS-001 POST /orders has no team- tag; name the team that owns it"),
        acme);
  }

  @Test
  void pluginOpenApiRuleSaysWhetherItChecksGeneratedDocuments() {
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", "--plugin", jar.toString(), "examples/petstore.yaml");
    assertTrue(run.stdout().contains("\"ruleId\":\"ACME-STAGE-001\""), run.stdout());
    assertFalse(run.stdout().contains("\"ruleId\":\"ACME-OAS-001\""), "checksGenerated = false: " + run.stdout());
  }

  @Test
  void rulesListNamesThePluginAsSource() {
    String json = TestSupport.cli("rules", "--format", "json", "--plugin", jar.toString()).stdout();
    assertTrue(json.contains("\"source\":\"plugin acme-rules.jar\""), json);
    assertTrue(json.contains("\"id\":\"ACME-OAS-001\""), json);
  }

  /** A plugin rule with one option, declared as {@code option}, compiled into a jar of its own. */
  private static Path pluginWithOption(String jarName, String option) throws Exception {
    Path dir = Files.createDirectories(work.resolve(jarName));
    Path source = dir.resolve("Quota.java");
    Files.writeString(source, """
        package com.example.opt;

        import dev.gal.model.GalConfig;
        import dev.gal.rule.*;

        @RuleInfo(id = "ACME-OPT-001", name = "acme-option", summary = "s", description = "A rule with an option.",
            severity = Severity.WARNING, category = Category.ENDPOINT, reference = "https://example.com/",
            options = %s)
        public final class Quota implements GalConfigRule {
          @Override
          public void check(GalConfig config, RuleContext context) {}
        }
        """.formatted(option));
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp",
        System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
    assertEquals(0, status, "the plugin compiles");
    Path built = work.resolve(jarName + ".jar");
    Path services = Files.writeString(dir.resolve("services"), "com.example.opt.Quota\n");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(built))) {
      add(out, "com/example/opt/Quota.class", dir.resolve("com/example/opt/Quota.class"));
      add(out, "META-INF/services/dev.gal.rule.GalConfigRule", services);
    }
    return built;
  }

  @Test
  void aPluginOptionIsCheckedAsABuiltInOneIs() throws Exception {
    Path plugin = pluginWithOption("typed", "@RuleOption(name = \"level\", type = OptionType.INTEGER, min = 1, max = 5, "
        + "defaultValue = \"3\", description = \"How strict.\")");
    TestSupport.Run set = TestSupport.cli("lint", "--quiet", "--plugin", plugin.toString(), "--rule-option", "ACME-OPT-001.level=5",
        "examples/petstore.yaml");
    assertEquals("", set.stderr());
    TestSupport.Run refused = TestSupport.cli("lint", "--plugin", plugin.toString(), "--rule-option", "ACME-OPT-001.level=9",
        "examples/petstore.yaml");
    assertEquals(2, refused.exitCode());
    assertEquals("gal: --rule-option: ACME-OPT-001.level is '9', but it accepts a whole number from 1 to 5\n", refused.stderr());
    String json = TestSupport.cli("rules", "--format", "json", "--plugin", plugin.toString()).stdout();
    assertTrue(json.contains("\"name\":\"level\",\n    \"type\":\"integer\",\n    \"default\":\"3\""), json);
  }

  @Test
  void aPluginOptionWhoseDefaultItsTypeRefusesIsAUsageError() throws Exception {
    Path plugin = pluginWithOption("untyped", "@RuleOption(name = \"level\", type = OptionType.INTEGER, min = 1, max = 5, "
        + "defaultValue = \"strict\", description = \"How strict.\")");
    TestSupport.Run run = TestSupport.cli("lint", "--plugin", plugin.toString(), "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertEquals("gal: %s: com.example.opt.Quota: ACME-OPT-001.level: its default 'strict' is not a whole number from 1 to 5\n"
        .formatted(plugin), run.stderr());
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
