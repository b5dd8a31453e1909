package dev.gal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.openapi.structure.OpenApi3StructureCheck;
import dev.gal.rule.Finding;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * gal's own OpenAPI 3 structure check against swagger-parser's, which it
 * replaced, over every OpenAPI 3 document in the fixtures. Each (rule,
 * pointer) that only one of them reports is listed with the reason in
 * fixtures/openapi3-structure-parity.txt; a new difference fails until it is
 * explained there.
 */
class OpenApi3StructureParityTest {
  private static final Path EXPLAINED = TestSupport.root().resolve("fixtures/openapi3-structure-parity.txt");

  @Test
  void everyDifferenceFromSwaggerParserIsExplained() throws IOException {
    List<String> differences = new ArrayList<>();
    int documents = 0;
    Loader loader = new Loader(LoadLimits.DEFAULTS);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(TestSupport.root().resolve("fixtures"))) {
      files = new ArrayList<>(walk.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList());
    }
    // The fixtures are nearly all well-formed; this document breaks the structure in most ways the check knows.
    files.add(TestSupport.root().resolve("src/test/resources/dev/gal/openapi/malformed-structure.yaml"));
    for (Path file : files) {
      LoadResult loaded;
      try {
        loaded = loader.load(file, file.toString());
      } catch (IOException | RuntimeException e) {
        continue;
      }
      for (Document document : loaded.documents()) {
        if (document.root() == null || !document.root().isObject() || !document.root().has("openapi")) {
          continue;
        }
        documents++;
        String name = TestSupport.root().relativize(file) + (loaded.documents().size() > 1 ? "#" + document.number() : "");
        TreeSet<String> old = keys(swaggerParser(document));
        TreeSet<String> own = keys(own(document));
        for (String key : old) {
          if (!own.contains(key)) {
            differences.add("- " + name + " " + key);
          }
        }
        for (String key : own) {
          if (!old.contains(key)) {
            differences.add("+ " + name + " " + key);
          }
        }
      }
    }
    assertTrue(documents > 100, "OpenAPI 3 documents compared: " + documents);
    List<String> explained = Files.readAllLines(EXPLAINED).stream().filter(l -> l.startsWith("- ") || l.startsWith("+ ")).toList();
    assertEquals(String.join("\n", explained), String.join("\n", differences),
        "differences between swagger-parser and gal's structure check (" + documents + " documents); explain each in " + EXPLAINED);
  }

  private static List<Finding> swaggerParser(Document document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    List<Finding> findings = new ArrayList<>();
    Swagger2Structure.messageFindings(document, OpenApi3Structure.messages(document.root(), options), findings);
    return findings;
  }

  private static List<Finding> own(Document document) {
    List<Finding> findings = new ArrayList<>();
    OpenApiStage.structureFindings(document, OpenApi3StructureCheck.check(document.root()), findings);
    return findings;
  }

  private static TreeSet<String> keys(List<Finding> findings) {
    TreeSet<String> keys = new TreeSet<>();
    findings.forEach(f -> keys.add(f.rule().id() + " " + f.pointer()));
    return keys;
  }
}
