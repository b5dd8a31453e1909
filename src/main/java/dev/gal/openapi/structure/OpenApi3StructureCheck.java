package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import java.util.List;

/**
 * gal's own structural check of OpenAPI 3.x documents, from the fixed fields
 * of the OpenAPI 3.0.3 specification. It replaces swagger-parser's
 * OpenAPIDeserializer, which built the whole swagger model of the document
 * only for its messages, and whose messages had to be parsed back into
 * places: here every problem has its JSON pointer from the start.
 */
public final class OpenApi3StructureCheck {
  private OpenApi3StructureCheck() {}

  public static List<StructureProblem> check(JsonNode root) {
    Problems problems = new Problems(root);
    JsonNode version = root.get("openapi");
    if (version == null) {
      problems.missing(JsonPointer.root(), "openapi");
      return problems.list();
    }
    String text = version.isValueNode() ? version.asText() : "";
    if (!text.startsWith("3.0") && !text.startsWith("3.1")) {
      // Another version is AWS-OAS-042's finding; its structure is not 3.0's, so nothing more is said.
      return problems.list();
    }
    if (!text.startsWith("3.0.") && !text.startsWith("3.1.")) {
      problems.invalid(JsonPointer.of("openapi"), "is no valid version such as 3.0.1");
    }
    new StructureWalk(root, problems, text.startsWith("3.1")).walk(root);
    return problems.list();
  }
}
