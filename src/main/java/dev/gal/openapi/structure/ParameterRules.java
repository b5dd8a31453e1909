package dev.gal.openapi.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.gal.model.JsonPointer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Parameter Object's rules: its location, its schema or content, path parameters, and no duplicates. */
final class ParameterRules {
  private static final List<String> PARAMETER_IN = List.of("query", "header", "path", "cookie");
  private static final List<String> STYLES = List.of("matrix", "label", "form", "simple", "spaceDelimited",
      "pipeDelimited", "deepObject");

  private final JsonNode root;
  private final Problems problems;

  ParameterRules(JsonNode root, Problems problems) {
    this.root = root;
    this.problems = problems;
  }

  /** Whether the parameter's fields are worth checking: without a valid in, its other fields mean nothing. */
  boolean readable(JsonNode node, Cursor cursor) {
    JsonNode in = node.get("in");
    if (in != null && in.isValueNode() && PARAMETER_IN.contains(in.asText())) {
      return true;
    }
    JsonPointer at = cursor.pointer();
    if (in == null) {
      problems.missing(at, "in");
    } else if (in.isContainerNode()) {
      problems.wrongType(at.append("in"), "string");
    } else {
      problems.notOneOf(at.append("in"), PARAMETER_IN);
    }
    return false;
  }

  void check(JsonNode node, Cursor at) {
    if (!node.has("name")) {
      problems.missing(at.pointer(), "name");
    }
    JsonNode content = node.get("content");
    if (content == null && !node.has("schema")) {
      problems.missing(at.pointer(), "content");
    } else if (content != null && content.isObject() && content.size() != 1) {
      problems.invalid(at.pointer().append("content"), "must hold exactly one media type");
    } else if (content != null && node.has("schema")) {
      problems.invalid(at.pointer().append("content"), "is not allowed beside schema");
    }
    ObjectRules.oneOf(problems, node, at, "style", STYLES);
    JsonNode required = node.get("required");
    if (node.path("in").asText().equals("path") && (required == null || !required.asText().equals("true"))) {
      problems.invalid(at.pointer().append("required"), "is not true; a path parameter must have required: true");
    }
    ObjectRules.exampleOrExamples(problems, node, at);
  }

  /** "The list MUST NOT include duplicated parameters", a parameter being its name and location. */
  void unique(JsonNode node, Cursor at) {
    JsonNode parameters = node.path("parameters");
    if (!parameters.isArray()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      JsonNode parameter = parameters.get(i);
      JsonNode ref = parameter.path("$ref");
      if (ref.isTextual() && ref.asText().startsWith("#/")) {
        parameter = target(ref.asText().substring(1));
      }
      JsonNode name = parameter.path("name");
      JsonNode in = parameter.path("in");
      if (name.isValueNode() && in.isValueNode() && !seen.add(name.asText() + "\n" + in.asText())) {
        problems.invalid(at.pointer().append("parameters").append(i), "repeats a parameter of the same name and in");
      }
    }
  }

  private JsonNode target(String pointer) {
    try {
      return root.at(pointer);
    } catch (IllegalArgumentException e) {
      // Not a JSON pointer: GAL-REF-003 reports the reference; there is nothing to compare.
      return MissingNode.getInstance();
    }
  }
}
