package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.GalConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random GAL configs, seeded so that a failure reproduces: export never
 * throws, every route and method appears exactly once, every path variable is
 * declared, and every operation has an integration.
 */
class ExportPropertyTest {
  @Test
  void randomConfigsExportSoundly() {
    RandomGalConfigs configs = new RandomGalConfigs(20261124L);
    for (int i = 0; i < 300; i++) {
      String config = configs.next();
      LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(config.getBytes(StandardCharsets.UTF_8), "random.yaml");
      assertEquals(List.of(), loaded.findings(), config);
      JsonNode document = new OpenApiGenerator().generate(new GalConfig(loaded.documents().get(0))).document();
      checkDocument(document, config);
    }
  }

  private static void checkDocument(JsonNode document, String config) {
    Set<String> seen = new HashSet<>();
    Iterator<String> paths = document.path("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      JsonNode item = document.path("paths").path(path);
      Iterator<String> methods = item.fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        JsonNode operation = item.get(method);
        assertTrue(seen.add(path + " " + method), "operation listed twice: " + path + " " + method);
        assertTrue(operation.has("x-amazon-apigateway-integration"), path + " " + method + " has an integration\n" + config);
        Set<String> declared = new HashSet<>();
        operation.path("parameters").forEach(p -> declared.add(p.path("name").asText()));
        assertEquals(new HashSet<>(OpenApiGenerator.variables(path)), declared, "path variables of " + path + " " + method);
      }
    }
    assertTrue(config.lines().filter(l -> l.contains("path_prefix")).count() > 0);
  }
}
