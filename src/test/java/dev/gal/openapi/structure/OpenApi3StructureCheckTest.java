package dev.gal.openapi.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The check's own cases, beyond what the parity test compares with swagger-parser. */
class OpenApi3StructureCheckTest {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final List<JsonNode> REPLACEMENTS = List.of(JsonNodeFactory.instance.nullNode(),
      JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.booleanNode(true),
      JsonNodeFactory.instance.arrayNode().add(1), JsonNodeFactory.instance.objectNode().put("k", 1));

  private static String problems(String yaml) throws Exception {
    return OpenApi3StructureCheck.check(YAML.readTree(yaml)).stream()
        .map(p -> p.kind() + " " + p.pointer()).sorted().collect(Collectors.joining("\n"));
  }

  @Test
  void everyNodeReplacedByEveryJsonTypeGivesProblemsNotExceptions() throws Exception {
    JsonNode original = YAML.readTree(Files.readString(TestSupport.root().resolve(
        "src/test/resources/dev/gal/openapi/malformed-structure.yaml")));
    List<ContainerNode<?>> parents = new ArrayList<>();
    collect(original, parents);
    int runs = 0;
    for (int p = 0; p < parents.size(); p++) {
      for (int child = 0; child < parents.get(p).size(); child++) {
        for (JsonNode replacement : REPLACEMENTS) {
          JsonNode copy = original.deepCopy();
          List<ContainerNode<?>> copies = new ArrayList<>();
          collect(copy, copies);
          replace(copies.get(p), child, replacement);
          OpenApi3StructureCheck.check(copy);
          runs++;
        }
      }
    }
    assertTrue(runs > 500, "mutations checked: " + runs);
  }

  @Test
  void pathParameterMustBeRequiredWhereverItIsDeclared() throws Exception {
    assertEquals("INVALID /paths/~1a~1{id}/get/parameters/0/required", problems("""
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths:
          /a/{id}:
            get:
              parameters: [{name: id, in: path, required: "false", schema: {type: string}}]
              responses: {"200": {description: OK}}
        """));
  }

  @Test
  void aParameterListDoesNotRepeatANameAndLocationAlsoThroughAReference() throws Exception {
    assertEquals("INVALID /paths/~1a/get/parameters/1\nINVALID /paths/~1a/get/parameters/3", problems("""
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - {name: q, in: query, schema: {type: string}}
                - {name: q, in: query, schema: {type: string}}
                - {name: q, in: header, schema: {type: string}}
                - {$ref: '#/components/parameters/Q'}
              responses: {"200": {description: OK}}
        components:
          parameters:
            Q: {name: q, in: header, schema: {type: string}}
        """));
  }

  @Test
  void openApi31FieldsAreNotUnexpectedAndPathsMayBeLeftOut() throws Exception {
    assertEquals("", problems("""
        openapi: 3.1.0
        info: {title: t, version: "1", summary: s, license: {name: MIT, identifier: MIT}}
        webhooks: {}
        components:
          schemas:
            Pet: {type: [string, "null"], $defs: {}}
        """));
    assertEquals("MISSING /paths", problems("openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\n"));
  }

  @Test
  void scalarsStandForStringsAsImportReadsThem() throws Exception {
    assertEquals("UNEXPECTED /info/owner", problems("""
        openapi: 3.0.3
        info: {title: 1.5, version: 1.0, owner: me}
        paths: {/a: {get: {responses: {"200": {description: 200}}, deprecated: "true"}}}
        """));
  }

  @Test
  void securitySchemeFieldsFollowItsType() throws Exception {
    assertEquals(String.join("\n", "INVALID /components/securitySchemes/k/in", "MISSING /components/securitySchemes/h/scheme",
        "MISSING /components/securitySchemes/o/flows/authorizationCode/tokenUrl"), problems("""
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths: {}
        components:
          securitySchemes:
            k: {type: apiKey, name: key, in: body}
            h: {type: http}
            o: {type: oauth2, flows: {authorizationCode: {authorizationUrl: https://a, scopes: {}}}}
        """));
  }

  private static void collect(JsonNode node, List<ContainerNode<?>> into) {
    if (node.isContainerNode()) {
      into.add((ContainerNode<?>) node);
      node.forEach(child -> collect(child, into));
    }
  }

  private static void replace(ContainerNode<?> parent, int child, JsonNode replacement) {
    if (parent instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      object.set(names.get(child), replacement);
    } else {
      ((ArrayNode) parent).set(child, replacement);
    }
  }
}
