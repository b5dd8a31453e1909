package dev.gal.schema;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns validator errors into mistakes, one per thing the user got wrong. A
 * value that fits none of the alternatives of a oneOf or anyOf gets an error
 * from every alternative, plus a generic "valid to one and only one schema";
 * side by side they contradict each other ("must be a list", "must be a
 * string"). So the errors of alternatives the value does not even have the
 * type of are dropped when another alternative has the right type (its errors
 * say what is wrong), and when no alternative fits, their type errors (or
 * their missing keys) become one mistake that names them all.
 */
final class SchemaAlternatives {
  private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf");
  /** Keywords followed by a name or index, whose subschema applies to one member or item. */
  private static final Set<String> NAMED_MEMBER = Set.of("properties", "patternProperties", "prefixItems");
  /** Keywords whose subschema applies to members or items without a name in the path. */
  private static final Set<String> ANY_MEMBER = Set.of("items", "additionalProperties", "unevaluatedProperties",
      "unevaluatedItems", "contains");
  /** Keywords followed by an index or a name, whose subschemas apply to the value itself. */
  private static final Set<String> INDEXED = Set.of("allOf", "dependentSchemas");

  /** Where an error sits below the outermost oneOf or anyOf that led to it. */
  private record Branch(String group, int index, int instanceDepth) {}

  /** The errors below one oneOf or anyOf applied to one value, by alternative; -1 holds its own generic error. */
  private record Group(int instanceDepth, Map<Integer, List<ValidationMessage>> byAlternative) {
    boolean isAtTheValue(ValidationMessage error) {
      return error.getInstanceLocation().getNameCount() == instanceDepth;
    }
  }

  private SchemaAlternatives() {}

  /** Each inner list is one mistake: one error, or the like errors of every alternative. */
  static List<List<ValidationMessage>> mistakes(Collection<ValidationMessage> errors) {
    List<List<ValidationMessage>> mistakes = new ArrayList<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (ValidationMessage error : errors) {
      Branch branch = branchOf(error);
      if (branch == null) {
        mistakes.add(List.of(error));
      } else {
        groups.computeIfAbsent(branch.group(), g -> new Group(branch.instanceDepth(), new TreeMap<>())).byAlternative()
            .computeIfAbsent(branch.index(), i -> new ArrayList<>()).add(error);
      }
    }
    groups.values().forEach(group -> mistakes.addAll(resolve(group)));
    return mistakes;
  }

  private static List<List<ValidationMessage>> resolve(Group group) {
    List<List<ValidationMessage>> alternatives = group.byAlternative().entrySet().stream()
        .filter(e -> e.getKey() >= 0).map(Map.Entry::getValue).toList();
    if (alternatives.isEmpty()) {
      return group.byAlternative().getOrDefault(-1, List.of()).stream().map(List::of).toList();
    }
    List<ValidationMessage> sameKind = sameKindAtTheValue(group, alternatives);
    if (!sameKind.isEmpty()) {
      return List.of(sameKind);
    }
    List<List<ValidationMessage>> fitting = new ArrayList<>();
    List<ValidationMessage> typeErrors = new ArrayList<>();
    for (List<ValidationMessage> alternative : alternatives) {
      List<ValidationMessage> wrongType = alternative.stream()
          .filter(e -> group.isAtTheValue(e) && e.getType().equals("type")).toList();
      if (wrongType.isEmpty()) {
        alternative.forEach(e -> fitting.add(List.of(e)));
      } else {
        typeErrors.addAll(wrongType);
      }
    }
    return fitting.isEmpty() ? List.of(typeErrors) : fitting;
  }

  /**
   * The errors when every alternative failed with one error of the same kind
   * (a type, a required key) at the value itself, else none.
   */
  private static List<ValidationMessage> sameKindAtTheValue(Group group, List<List<ValidationMessage>> alternatives) {
    String kind = alternatives.get(0).get(0).getType();
    if (!Set.of("type", "required").contains(kind)) {
      return List.of();
    }
    List<ValidationMessage> errors = new ArrayList<>();
    for (List<ValidationMessage> alternative : alternatives) {
      ValidationMessage only = alternative.get(0);
      if (alternative.size() != 1 || !only.getType().equals(kind) || !group.isAtTheValue(only)) {
        return List.of();
      }
      errors.add(only);
    }
    return errors;
  }

  /**
   * Walks the evaluation path to the first oneOf or anyOf, counting the
   * instance segments the keywords before it step into; null when there is none.
   */
  private static Branch branchOf(ValidationMessage error) {
    JsonNodePath path = error.getEvaluationPath();
    int depth = 0;
    for (int i = 0; i < path.getNameCount(); i++) {
      String segment = String.valueOf(path.getElement(i));
      if (NAMED_MEMBER.contains(segment)) {
        depth++;
        i++;
      } else if (ANY_MEMBER.contains(segment)) {
        depth++;
      } else if (INDEXED.contains(segment)) {
        i++;
      } else if (COMBINATORS.contains(segment)) {
        int index = i + 1 < path.getNameCount() ? Integer.parseInt(String.valueOf(path.getElement(i + 1))) : -1;
        String group = prefix(path, i + 1) + " at " + prefix(error.getInstanceLocation(), depth);
        return new Branch(group, index, depth);
      }
    }
    return null;
  }

  private static String prefix(JsonNodePath path, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count && i < path.getNameCount(); i++) {
      sb.append('/').append(path.getElement(i));
    }
    return sb.toString();
  }
}
