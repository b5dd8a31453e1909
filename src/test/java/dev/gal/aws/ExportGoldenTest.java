package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * fixtures/export/CASE/gal.yaml must export to exactly CASE/openapi.json, which
 * swagger-parser must read without a single message. To rewrite the golden
 * files on purpose: mvn test -Dtest=ExportGoldenTest -Dgal.updateGolden=true
 */
class ExportGoldenTest {
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateGolden");
  private static final Path CASES = TestSupport.root().resolve("fixtures/export");

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(d -> Files.exists(d.resolve("gal.yaml"))).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> exportMatchesGolden() throws IOException {
    List<Path> cases = cases();
    assertTrue(cases.size() >= 6);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      TestSupport.Run run = TestSupport.cli("export", dir.resolve("gal.yaml").toString());
      assertEquals(0, run.exitCode(), run.stderr());
      Path golden = dir.resolve("openapi.json");
      if (UPDATE) {
        Files.writeString(golden, run.stdout());
      }
      assertEquals(Files.readString(golden), run.stdout());
    }));
  }

  /** What gal export writes, gal lint accepts: no error-level finding on any golden document. */
  @TestFactory
  Stream<DynamicTest> galLintsEveryGoldenWithoutErrors() throws IOException {
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      TestSupport.Run run = TestSupport.cli("lint", "--fail-on", "error", dir.resolve("openapi.json").toString());
      assertEquals(0, run.exitCode(), run.stdout());
    }));
  }

  /** CASE/deploy.txt: the commands export prints on stderr, which carry what the document cannot (endpoint type, stage). */
  @TestFactory
  Stream<DynamicTest> deployCommandsMatchGolden() throws IOException {
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      TestSupport.Run run = TestSupport.cli("export", dir.resolve("gal.yaml").toString());
      String stderr = run.stderr();
      int start = stderr.indexOf("gal: deploy it as configured with:");
      assertTrue(start >= 0, stderr);
      Path golden = dir.resolve("deploy.txt");
      if (UPDATE) {
        Files.writeString(golden, stderr.substring(start));
      }
      assertEquals(Files.readString(golden), stderr.substring(start));
    }));
  }

  /**
   * swagger-parser does not know API Gateway's greedy {name+} variables: AWS's
   * own exports declare such a variable as name, and swagger-parser then asks
   * for name+. That one message is expected; every other message fails.
   */
  private static boolean isGreedyPathMessage(String message) {
    return message.matches("paths\\.'[^']*\\{\\w+\\+}'\\. Declared path parameter \\w+\\+ needs to be defined as a path parameter in path or operation level");
  }

  @TestFactory
  Stream<DynamicTest> swaggerParserReadsEveryGoldenWithoutMessages() throws IOException {
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      ParseOptions options = new ParseOptions();
      options.setResolve(false);
      SwaggerParseResult result = new OpenAPIParser().readContents(Files.readString(dir.resolve("openapi.json")), null, options);
      assertTrue(result.getOpenAPI() != null, "parsed");
      List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
      assertEquals(List.of(), messages.stream().filter(m -> !isGreedyPathMessage(m)).toList());
    }));
  }
}
