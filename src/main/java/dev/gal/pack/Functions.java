package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Node;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The functions of declarative rule packs, after Spectral's: pattern, enum,
 * range, length, required, forbidden, requiredIf and unique. Values of the
 * wrong type are skipped; types are the schema stage's to report.
 */
final class Functions {
  /** The options of the pattern function that hold regular expressions. */
  static final List<String> REGEX_OPTIONS = List.of("match", "notMatch");

  /**
   * Each function by name, as a factory that binds a rule's options when the
   * pack is loaded, so that a pattern's regexes are compiled once, up front.
   */
  static final Map<String, Function<JsonNode, PackFunction>> ALL = Map.of(
      "pattern", Functions::pattern,
      "enum", options -> node -> oneOf(node, options),
      "range", options -> node -> range(node, options),
      "length", options -> node -> length(node, options),
      "required", options -> node -> required(node, options),
      "requiredIf", options -> node -> required(node, options),
      "forbidden", options -> node -> forbidden(node, options),
      "unique", options -> node -> unique(node, options));

  /** The functions whose findings carry a fix, with its kind: range clamps to the nearer bound, which changes behaviour. */
  static final Map<String, FixKind> FIXES = Map.of("range", FixKind.UNSAFE);

  private Functions() {}

  /** Expects regexes that {@link PackChecks} has found valid. */
  private static PackFunction pattern(JsonNode options) {
    Optional<Pattern> match = regex(options, "match");
    Optional<Pattern> notMatch = regex(options, "notMatch");
    return node -> {
      if (!node.value().isTextual()) {
        return List.of();
      }
      String text = node.value().textValue();
      boolean bad = match.filter(m -> !m.matcher(text).find()).isPresent()
          || notMatch.filter(m -> m.matcher(text).find()).isPresent();
      return bad ? one(node, false, Map.of()) : List.of();
    };
  }

  private static Optional<Pattern> regex(JsonNode options, String name) {
    return options.has(name) ? Optional.of(Pattern.compile(options.get(name).asText())) : Optional.empty();
  }

  private static List<Violation> oneOf(Node node, JsonNode options) {
    if (node.value().isContainerNode()) {
      return List.of();
    }
    boolean ignoreCase = options.path("ignoreCase").asBoolean(false);
    for (JsonNode allowed : options.path("values")) {
      if (allowed.equals(node.value()) || allowed.asText().equals(node.value().asText())
          || (ignoreCase && allowed.asText().equalsIgnoreCase(node.value().asText()))) {
        return List.of();
      }
    }
    List<String> names = new ArrayList<>();
    options.path("values").forEach(v -> names.add(v.asText()));
    return one(node, false, Map.of("values", String.join(", ", names)));
  }

  private static List<Violation> range(Node node, JsonNode options) {
    if (!node.value().isNumber()) {
      return List.of();
    }
    double value = node.value().doubleValue();
    boolean low = options.has("min") && value < options.get("min").doubleValue();
    boolean high = options.has("max") && value > options.get("max").doubleValue();
    if (!low && !high) {
      return List.of();
    }
    Violation found = one(node, false, Map.of()).get(0);
    Fix clamp = Fix.replaceValue(node.pointer(), options.get(low ? "min" : "max"));
    return List.of(new Violation(found.pointer(), false, found.values(), clamp));
  }

  private static List<Violation> length(Node node, JsonNode options) {
    long size;
    if (node.value().isTextual()) {
      String text = node.value().textValue();
      size = text.codePointCount(0, text.length());
    } else if (node.value().isArray()) {
      size = node.value().size();
    } else {
      return List.of();
    }
    boolean bad = (options.has("min") && size < options.get("min").longValue())
        || (options.has("max") && size > options.get("max").longValue());
    return bad ? one(node, false, Map.of("length", Long.toString(size))) : List.of();
  }

  /**
   * Points at the offending element: the field itself when it is written but
   * empty, else the condition's field that makes it required, else the
   * selected mapping.
   */
  private static List<Violation> required(Node node, JsonNode options) {
    JsonNode condition = options.path("if");
    if (!node.value().isObject() || !conditionHolds(node, condition)) {
      return List.of();
    }
    String field = options.path("field").asText();
    JsonNode value = node.value().get(field);
    boolean missing = value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())
        || (value.isArray() && value.isEmpty());
    if (!missing) {
      return List.of();
    }
    Node at = node.member(field).or(() -> node.member(condition.path("field").asText())).orElse(node);
    return one(at, true, Map.of("field", field));
  }

  private static List<Violation> forbidden(Node node, JsonNode options) {
    if (!node.value().isObject() || !conditionHolds(node, options.path("if"))) {
      return List.of();
    }
    String field = options.path("field").asText();
    return node.member(field).filter(v -> !v.value().isNull())
        .map(v -> one(v, true, Map.of("field", field))).orElse(List.of());
  }

  private static List<Violation> unique(Node node, JsonNode options) {
    if (!node.value().isArray()) {
      return List.of();
    }
    String field = options.path("field").asText("");
    Set<String> seen = new java.util.HashSet<>();
    List<Violation> found = new ArrayList<>();
    for (Node item : node.items()) {
      JsonNode key = field.isEmpty() ? item.value() : item.value().get(field);
      if (key != null && !key.isNull() && !seen.add(key.toString())) {
        found.add(new Violation(item.pointer(), false, Map.of("value", key.asText())));
      }
    }
    return found;
  }

  /** if: {field: F} holds when F is present; with equals: V (or a list), when F equals V. */
  private static boolean conditionHolds(Node node, JsonNode condition) {
    if (condition.isMissingNode()) {
      return true;
    }
    JsonNode value = node.value().get(condition.path("field").asText());
    if (value == null || value.isNull()) {
      return false;
    }
    JsonNode equals = condition.get("equals");
    if (equals == null) {
      return true;
    }
    if (equals.isArray()) {
      for (JsonNode option : equals) {
        if (option.asText().equals(value.asText())) {
          return true;
        }
      }
      return false;
    }
    return equals.asText().equals(value.asText());
  }

  private static List<Violation> one(Node node, boolean atKey, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("value", node.value().isContainerNode() ? node.value().toString() : node.value().asText());
    return List.of(new Violation(node.pointer(), atKey, all));
  }
}
