package dev.gal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.gal.model.ClosestMatch;
import dev.gal.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a human message for each validator error, reading the violated
 * constraint from the schema itself so that messages never drift from it.
 */
final class SchemaMessages {
  /**
   * A finding's rule and text; memberName names a key below the instance
   * (unknown keys); meant is the did-you-mean suggestion, if any, and
   * certain says whether a fix may write it: the only known key that close,
   * or a value that differs from it only in case.
   */
  record Described(RuleMeta rule, String text, String memberName, boolean atKey, String meant, boolean certain) {
    Described(RuleMeta rule, String text, String memberName, boolean atKey) {
      this(rule, text, memberName, atKey, null, false);
    }
  }

  private static final int MAX_SHOWN_VALUE = 60;

  private final JsonNode schemaTree;
  private final Function<String, String> unknownKeyEffect;

  /**
   * @param unknownKeyEffect says what an unknown key does, given the schema
   *     pointer of the object that holds it
   */
  SchemaMessages(JsonNode schemaTree, Function<String, String> unknownKeyEffect) {
    this.schemaTree = schemaTree;
    this.unknownKeyEffect = unknownKeyEffect;
  }

  /** One mistake: a single error, or the like errors of every alternative of a oneOf or anyOf. */
  Described describe(List<ValidationMessage> mistake) {
    ValidationMessage first = mistake.get(0);
    if (mistake.size() == 1) {
      return describe(first);
    }
    String subject = subject(first.getInstanceLocation());
    if (first.getType().equals("required")) {
      String names = mistake.stream().map(m -> "'" + requiredName(m) + "'").distinct().collect(Collectors.joining(" or "));
      return new Described(SchemaDiagnostics.MISSING_KEY, "missing required key %s%s".formatted(names, within(subject)), null, false);
    }
    ArrayNode types = JsonNodeFactory.instance.arrayNode();
    for (ValidationMessage m : mistake) {
      JsonNode type = at(m.getSchemaLocation().getFragment().getParent()).path("type");
      if (type.isArray()) {
        types.addAll((ArrayNode) type);
      } else {
        types.add(type);
      }
    }
    return new Described(SchemaDiagnostics.WRONG_TYPE, wrongType(subject, first.getInstanceNode(), types), null, false);
  }

  private Described describe(ValidationMessage message) {
    JsonNodePath keywordPath = message.getSchemaLocation().getFragment();
    JsonNode subschema = at(keywordPath.getParent());
    String subject = subject(message.getInstanceLocation());
    JsonNode value = message.getInstanceNode();
    return switch (message.getType()) {
      case "additionalProperties", "unevaluatedProperties" -> unknownKey(message, keywordPath, subschema);
      case "required" -> new Described(SchemaDiagnostics.MISSING_KEY,
          "missing required key '%s'%s".formatted(requiredName(message), within(subject)), null, false);
      case "type" -> new Described(SchemaDiagnostics.WRONG_TYPE, wrongType(subject, value, subschema.get("type")), null, false);
      case "enum", "const" -> notAllowed(subject, value, subschema);
      case "pattern" -> new Described(SchemaDiagnostics.INVALID_VALUE,
          "%s is %s, which is not valid: %s".formatted(subject, show(value), lowerFirst(text(subschema, "description"))), null, false);
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> new Described(SchemaDiagnostics.OUT_OF_RANGE,
          "%s is %s; %s".formatted(subject, show(value), range(subschema)), null, false);
      case "minItems", "maxItems", "minLength", "maxLength" -> new Described(SchemaDiagnostics.OUT_OF_RANGE,
          size(subject, message.getType(), subschema), null, false);
      case "uniqueItems" -> new Described(SchemaDiagnostics.VIOLATION,
          "%s lists the same value more than once; remove the duplicate".formatted(subject), null, false);
      default -> new Described(SchemaDiagnostics.VIOLATION, message.getMessage(), null, false);
    };
  }

  private Described unknownKey(ValidationMessage message, JsonNodePath keywordPath, JsonNode subschema) {
    String key = message.getProperty();
    List<String> known = new ArrayList<>();
    subschema.path("properties").fieldNames().forEachRemaining(known::add);
    String objectPath = keywordPath.getParent() == null ? "" : pointerText(keywordPath.getParent());
    String effect = unknownKeyEffect.apply(objectPath);
    Optional<String> suggestion = ClosestMatch.among(key, known);
    String text = suggestion
        .map(s -> "unknown key '%s': did you mean '%s'? %s".formatted(key, s, capitalize(effect)))
        .orElseGet(() -> "unknown key '%s'; %s. Known keys here: %s".formatted(key, effect, String.join(", ", known)));
    return new Described(SchemaDiagnostics.UNKNOWN_KEY, text, key, true, suggestion.orElse(null),
        ClosestMatch.unique(key, known).isPresent());
  }

  private static String requiredName(ValidationMessage message) {
    if (message.getProperty() != null) {
      return message.getProperty();
    }
    Object[] args = message.getArguments();
    return args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
  }

  private static String wrongType(String subject, JsonNode value, JsonNode expected) {
    String wanted = expected == null ? "another type" : expected.isArray()
        ? joinTypes(expected) : article(typeName(expected.asText()));
    String hint = "";
    if (value != null && value.isTextual() && expected != null && expected.asText().equals("array")) {
      hint = "; write it as a list: [%s]".formatted(value.textValue());
    } else if (value != null && value.isTextual() && expected != null && unquotedWouldFit(value.textValue(), expected.asText())) {
      hint = "; remove the quotes";
    } else if (value != null && value.isNumber() && expected != null && expected.asText().equals("string")) {
      hint = "; quote it: \"%s\"".formatted(value.asText());
    }
    // show() already names lists, mappings and null, so naming the type as well would say it twice.
    String found = value == null || value.isNull() || value.isContainerNode() ? show(value) : typeOf(value) + " " + show(value);
    return "%s must be %s, found %s%s".formatted(subject, wanted, found, hint);
  }

  private static boolean unquotedWouldFit(String text, String expectedType) {
    return switch (expectedType) {
      case "integer" -> text.matches("-?[0-9]+");
      case "number" -> text.matches("-?[0-9]+(\\.[0-9]+)?");
      case "boolean" -> text.equals("true") || text.equals("false");
      default -> false;
    };
  }

  private static Described notAllowed(String subject, JsonNode value, JsonNode subschema) {
    List<String> allowed = new ArrayList<>();
    JsonNode options = subschema.has("enum") ? subschema.get("enum") : null;
    if (options != null) {
      options.forEach(o -> allowed.add(o.isNull() ? "null" : o.asText()));
    } else if (subschema.has("const")) {
      allowed.add(subschema.get("const").asText());
    }
    Optional<String> suggestion = value != null && value.isTextual() ? ClosestMatch.among(value.textValue(), allowed) : Optional.empty();
    String text = "%s is %s; expected one of %s".formatted(subject, show(value),
        allowed.stream().map(a -> a.isEmpty() ? "\"\"" : a).collect(Collectors.joining(", ")))
        + suggestion.map(s -> "; did you mean " + s + "?").orElse("");
    boolean caseOnly = suggestion.filter(s -> s.equalsIgnoreCase(value.textValue())).isPresent();
    return new Described(SchemaDiagnostics.INVALID_VALUE, text, null, false, suggestion.orElse(null), caseOnly);
  }

  private static String range(JsonNode subschema) {
    JsonNode min = subschema.get("minimum");
    JsonNode max = subschema.get("maximum");
    if (min != null && max != null) {
      return "allowed range is %s to %s".formatted(min.asText(), max.asText());
    }
    return min != null ? "the minimum is " + min.asText() : "the maximum is " + (max == null ? "?" : max.asText());
  }

  private static String size(String subject, String keyword, JsonNode subschema) {
    String limit = subschema.path(keyword).asText();
    return switch (keyword) {
      case "minItems" -> "%s must have at least %s %s".formatted(subject, limit, limit.equals("1") ? "entry" : "entries");
      case "maxItems" -> "%s must have at most %s entries".formatted(subject, limit);
      case "minLength" -> limit.equals("1") ? subject + " must not be empty"
          : "%s must be at least %s characters long".formatted(subject, limit);
      default -> "%s must be at most %s characters long".formatted(subject, limit);
    };
  }

  private JsonNode at(JsonNodePath fragment) {
    JsonNode node = schemaTree;
    if (fragment == null) {
      return node;
    }
    for (int i = 0; i < fragment.getNameCount(); i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
    }
    return node;
  }

  private static String pointerText(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(path.getElement(i));
    }
    return sb.toString();
  }

  /** 'port', 'methods[1]', or 'the config' for the root. */
  private static String subject(JsonNodePath instance) {
    int count = instance.getNameCount();
    if (count == 0) {
      return "the config";
    }
    Object last = instance.getElement(count - 1);
    if (last instanceof Integer index && count >= 2) {
      return "'%s[%d]'".formatted(instance.getElement(count - 2), index);
    }
    return "'" + last + "'";
  }

  private static String within(String subject) {
    return subject.equals("the config") ? " at the top level of the config" : " in " + subject;
  }

  private static String typeOf(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return value.isArray() ? "list" : "mapping";
  }

  private static String typeName(String schemaType) {
    return switch (schemaType) {
      case "array" -> "list";
      case "object" -> "mapping";
      default -> schemaType;
    };
  }

  private static String article(String noun) {
    return noun.equals("null") ? noun : ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String joinTypes(JsonNode types) {
    List<String> names = new ArrayList<>();
    types.forEach(t -> names.add(article(typeName(t.asText()))));
    int last = names.size() - 1;
    return last < 1 ? String.join("", names) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
  }

  static String show(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isContainerNode()) {
      return value.isArray() ? "a list" : "a mapping";
    }
    String text = value.isTextual() ? "\"" + value.textValue() + "\"" : value.asText();
    return text.length() > MAX_SHOWN_VALUE ? text.substring(0, MAX_SHOWN_VALUE) + "…" : text;
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
