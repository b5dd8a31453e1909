package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.GalService;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import java.util.Optional;
import java.util.Set;

/**
 * A service's transformation.validation.required_fields, the one part of GAL's
 * transformation API Gateway can enforce: a request model with those required
 * fields and a body validator on the operations that carry a body.
 */
final class RequestValidation {
  static final String VALIDATOR = "body-only";
  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

  private final Emitter emit;
  private boolean used;

  RequestValidation(Emitter emit) {
    this.emit = emit;
  }

  /** Adds the request body and validator to one operation when its service asks for validation. */
  void apply(ObjectNode operation, JsonPointer at, GalService service, String method, ObjectNode document) {
    Optional<Node> fields = service.requiredFields();
    if (fields.isEmpty() || !BODY_METHODS.contains(method)) {
      return;
    }
    used = true;
    String model = service.requestModelName();
    ObjectNode schemas = emit.object(emit.object(document, JsonPointer.root(), "components", null),
        JsonPointer.of("components"), "schemas", null);
    ObjectNode schema = emit.object(schemas, JsonPointer.of("components", "schemas"), model, fields.get().pointer());
    schema.put("type", "object");
    ArrayNode required = schema.putArray("required");
    fields.get().items().stream().filter(n -> n.value().isTextual()).forEach(n -> required.add(n.value().textValue()));
    ObjectNode body = emit.object(operation, at, "requestBody", fields.get().pointer());
    body.put("required", true);
    body.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/" + model);
    emit.put(operation, at, "x-amazon-apigateway-request-validator", VALIDATOR, fields.get().pointer());
  }

  /** The validators of the API, when any operation uses one. */
  void writeValidators(ObjectNode document) {
    if (used) {
      ObjectNode validator = document.putObject("x-amazon-apigateway-request-validators").putObject(VALIDATOR);
      validator.put("validateRequestBody", true);
      validator.put("validateRequestParameters", false);
    }
  }
}
