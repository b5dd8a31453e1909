package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * gal export --target cloudformation. Each case's template is checked against
 * fixtures/export-cfn/CASE/template.json and its deploy command against
 * deploy.txt. The cases are the configs of fixtures/export (reused as they
 * are), those of fixtures/export-cfn/CASE/gal.yaml (with the extra export
 * arguments of CASE/export-args, one a line) and the bundled examples (as
 * example-NAME). To rewrite the golden files on purpose:
 * mvn test -Dtest=CloudFormationGoldenTest -Dgal.updateGolden=true
 */
class CloudFormationGoldenTest {
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateGolden");
  private static final Path GOLDEN = TestSupport.root().resolve("fixtures/export-cfn");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEPLOY = "gal: deploy it as configured with:";

  record Case(String name, Path config, List<String> args) {
    Path dir() {
      return GOLDEN.resolve(name);
    }

    TestSupport.Run export(String... more) {
      List<String> all = new ArrayList<>(List.of("export"));
      all.addAll(List.of(more));
      all.addAll(args);
      all.add(config.toString());
      return TestSupport.cli(all.toArray(String[]::new));
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Path dir : ExportGoldenTest.cases()) {
      cases.add(new Case(dir.getFileName().toString(), dir.resolve("gal.yaml"), List.of()));
    }
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      for (Path dir : dirs.filter(d -> Files.exists(d.resolve("gal.yaml"))).sorted().toList()) {
        Path args = dir.resolve("export-args");
        List<String> extra = Files.exists(args) ? Files.readAllLines(args).stream().filter(a -> !a.isBlank()).toList() : List.of();
        cases.add(new Case(dir.getFileName().toString(), dir.resolve("gal.yaml"), extra));
      }
    }
    try (Stream<Path> examples = Files.list(TestSupport.root().resolve("examples"))) {
      for (Path example : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String name = example.getFileName().toString().replaceFirst("\\.yaml$", "");
        cases.add(new Case("example-" + name, example, List.of()));
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> templateMatchesGolden() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 12);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      TestSupport.Run run = c.export("--target", "cloudformation");
      assertEquals(0, run.exitCode(), run.stderr());
      int start = run.stderr().indexOf(DEPLOY);
      assertTrue(start >= 0, run.stderr());
      Path template = c.dir().resolve("template.json");
      Path deploy = c.dir().resolve("deploy.txt");
      if (UPDATE) {
        Files.createDirectories(c.dir());
        Files.writeString(template, run.stdout());
        Files.writeString(deploy, run.stderr().substring(start));
      }
      assertEquals(Files.readString(template), run.stdout());
      assertEquals(Files.readString(deploy), run.stderr().substring(start));
    }));
  }

  /** The RestApi's Body is exactly what the openapi target writes for the same config and arguments. */
  @TestFactory
  Stream<DynamicTest> bodyIsTheOpenApiExport() throws IOException {
    return cases().stream().flatMap(c -> Stream.of(List.<String>of(), List.of("--stage-variables")).map(more ->
        DynamicTest.dynamicTest(c.name() + " " + more, () -> {
          String[] args = more.toArray(String[]::new);
          JsonNode openApi = JSON.readTree(c.export(args).stdout());
          JsonNode template = JSON.readTree(c.export(Stream.concat(more.stream(), Stream.of("--target", "cloudformation"))
              .toArray(String[]::new)).stdout());
          assertEquals(openApi, template.at("/Resources/RestApi/Properties/Body"));
        })));
  }

  /**
   * A usage plan on the stage, with an enabled key in it, exactly when some
   * operation of the Body requires the api_key scheme: without one, API
   * Gateway answers every keyed call with 403.
   */
  @TestFactory
  Stream<DynamicTest> keyedMethodsGetAUsagePlan() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      JsonNode template = JSON.readTree(c.export("--target", "cloudformation").stdout());
      JsonNode resources = template.path("Resources");
      boolean keyed = false;
      for (JsonNode path : template.at("/Resources/RestApi/Properties/Body/paths")) {
        for (JsonNode operation : path) {
          for (JsonNode requirement : operation.path("security")) {
            keyed |= requirement.has(SecuritySchemes.API_KEY);
          }
        }
      }
      assertEquals(keyed, resources.has("UsagePlan"), c.name());
      assertEquals(keyed, resources.has("ApiKey"), c.name());
      assertEquals(keyed, resources.has("UsagePlanKey"), c.name());
      if (keyed) {
        assertEquals(JSON.readTree("[{\"ApiId\":{\"Ref\":\"RestApi\"},\"Stage\":{\"Ref\":\"Stage\"}}]"),
            resources.at("/UsagePlan/Properties/ApiStages"));
        assertTrue(resources.at("/ApiKey/Properties/Enabled").booleanValue());
        assertEquals("ApiKey", resources.at("/UsagePlanKey/Properties/KeyId/Ref").asText());
        assertEquals("UsagePlan", resources.at("/UsagePlanKey/Properties/UsagePlanId/Ref").asText());
        assertEquals("API_KEY", resources.at("/UsagePlanKey/Properties/KeyType").asText());
      }
    }));
  }

  /** YAML holds the same template as JSON. */
  @Test
  void yamlIsTheSameTemplate() throws IOException {
    ObjectMapper yaml = OpenApiWriter.yamlMapper();
    for (Case c : cases()) {
      JsonNode fromYaml = yaml.readTree(c.export("--target", "cloudformation", "--format", "yaml").stdout());
      assertEquals(JSON.readTree(c.export("--target", "cloudformation").stdout()), fromYaml, c.name());
    }
  }

  /**
   * --explain names a GAL source for every resource, every property the
   * template sets from the config, and every output; the Body's entries are
   * the openapi target's, under the Body's pointer.
   */
  @TestFactory
  Stream<DynamicTest> explainMapsEveryResourceAndProperty() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      JsonNode template = JSON.readTree(c.export("--target", "cloudformation").stdout());
      JsonNode map = JSON.readTree(c.export("--target", "cloudformation", "--explain").stdout());
      Set<String> mapped = new HashSet<>();
      map.path("entries").forEach(e -> mapped.add(e.path("generated").asText()));
      List<String> missing = new ArrayList<>();
      for (Iterator<String> ids = template.path("Resources").fieldNames(); ids.hasNext(); ) {
        String id = ids.next();
        String at = "/Resources/" + id;
        check(mapped, at, missing);
        for (Iterator<Map.Entry<String, JsonNode>> properties = template.path("Resources").path(id).path("Properties").fields(); properties.hasNext(); ) {
          Map.Entry<String, JsonNode> property = properties.next();
          if (!property.getValue().has("Ref") && !property.getValue().has("Fn::Sub") && !CONSTANT.contains(property.getKey())) {
            check(mapped, at + "/Properties/" + property.getKey(), missing);
          }
        }
      }
      template.path("Outputs").fieldNames().forEachRemaining(name -> check(mapped, "/Outputs/" + name, missing));
      assertEquals(List.of(), missing);
      JsonNode bodyMap = JSON.readTree(c.export("--explain").stdout());
      List<String> bodyEntries = new ArrayList<>();
      bodyMap.path("entries").forEach(e -> bodyEntries.add("/Resources/RestApi/Properties/Body" + e.path("generated").asText()
          + " " + e.path("pointer").asText()));
      List<String> prefixed = new ArrayList<>();
      map.path("entries").forEach(e -> {
        if (e.path("generated").asText().startsWith("/Resources/RestApi/Properties/Body/")) {
          prefixed.add(e.path("generated").asText() + " " + e.path("pointer").asText());
        }
      });
      assertEquals(bodyEntries, prefixed);
    }));
  }

  /** Properties whose value is fixed by the target, not by the config. */
  private static final Set<String> CONSTANT = Set.of("Action", "Principal");

  private static void check(Set<String> mapped, String pointer, List<String> missing) {
    if (!mapped.contains(pointer)) {
      missing.add(pointer);
    }
  }

  /**
   * An independent check: cfn-lint, AWS's CloudFormation linter, accepts every
   * golden template. Skipped where AWS's cfn-lint is not on the PATH (.ci/run
   * installs it with pip when it can).
   */
  @Test
  void cfnLintAcceptsEveryGolden() throws Exception {
    Assumptions.assumeTrue(cfnLintInstalled(), "cfn-lint is not installed");
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable", "--"));
    for (Case c : cases()) {
      command.add(c.dir().resolve("template.json").toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "cfn-lint finished");
    assertEquals("", output.strip());
    assertEquals(0, process.exitValue(), output);
  }

  private static boolean cfnLintInstalled() {
    try {
      Process process = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
      String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      // npm's package of the same name is another tool, with other options
      return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0 && version.startsWith("cfn-lint ");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
