package dev.gal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema as an editor's YAML language server uses it: fetched by its $id
 * (mapped here to the file, no network), every example validates (read with
 * gal's loader, which resolves merge keys as YAML 1.1 tools do), and every
 * property carries a title and description.
 */
class EditorSchemaTest {
  private static final String ID = "https://gal-lint.dev/schemas/gal-config.schema.json";

  @Test
  void everyExampleValidatesAgainstTheSchemaByItsId() throws Exception {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(m -> m.mapPrefix("https://gal-lint.dev/schemas/", "classpath:schemas/")));
    JsonSchema schema = factory.getSchema(SchemaLocation.of(ID));
    try (Stream<Path> files = Files.list(TestSupport.root().resolve("examples"))) {
      List<Path> examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertTrue(examples.size() >= 3);
      for (Path example : examples) {
        JsonNode tree = new Loader(LoadLimits.DEFAULTS).load(example, example.toString()).documents().get(0).root();
        assertEquals(java.util.Set.of(), schema.validate(tree), example.toString());
      }
    }
  }

  @Test
  void everyPropertyHasATitleAndDescription() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(TestSupport.root().resolve("schemas/gal-config.schema.json").toFile());
    assertEquals(ID, schema.path("$id").asText());
    checkProperties(schema, "#");
  }

  private static void checkProperties(JsonNode node, String at) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null) {
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> property = fields.next();
          assertTrue(property.getValue().has("title") && property.getValue().has("description"),
              at + "/properties/" + property.getKey() + " needs a title and a description");
        }
      }
      node.fields().forEachRemaining(e -> checkProperties(e.getValue(), at + "/" + e.getKey()));
    } else if (node.isArray()) {
      node.forEach(child -> checkProperties(child, at + "[]"));
    }
  }
}
