package dev.gal.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.io.TreeSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata of gal's own rule classes as the build read it from their {@link RuleInfo}
 * annotations, so that start-up does not: reading an annotation makes the JDK generate a
 * proxy class and parse the annotation's bytes, about 20 ms for the 125 rules of a short
 * run. Without the build's snapshot (a class path the build did not make), the
 * annotations are read as before.
 */
public final class BuiltInRuleMeta {
  public static final String RESOURCE = "/dev/gal/rule/built-in-rules";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BuiltInRuleMeta() {}

  /** The metadata the build recorded for a class of gal's own, if it recorded any. */
  static Optional<RuleMeta> find(Class<?> ruleClass) {
    if (ruleClass.getClassLoader() != BuiltInRuleMeta.class.getClassLoader()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Recorded.BY_CLASS.get(ruleClass.getName()));
  }

  private static final class Recorded {
    static final Map<String, RuleMeta> BY_CLASS = read();
  }

  private static Map<String, RuleMeta> read() {
    Map<String, RuleMeta> byClass = new HashMap<>();
    TreeSnapshot.bundled(RESOURCE, NODES).ifPresent(tree -> tree.properties().forEach(e -> byClass.put(e.getKey(), meta(e.getValue()))));
    return byClass;
  }

  /** The tree the build writes: each class's metadata from its annotation, by class name. */
  public static JsonNode tree(Collection<Class<?>> ruleClasses) {
    ObjectNode tree = NODES.objectNode();
    ruleClasses.stream().sorted(java.util.Comparator.comparing(Class::getName))
        .forEach(c -> tree.set(c.getName(), node(RuleMeta.fromAnnotation(c))));
    return tree;
  }

  private static ObjectNode node(RuleMeta meta) {
    ObjectNode node = NODES.objectNode();
    node.put("id", meta.id()).put("name", meta.name()).put("summary", meta.summary()).put("description", meta.description())
        .put("severity", meta.severity().name()).put("category", meta.category().name()).put("reference", meta.reference())
        .put("since", meta.since()).put("appliesTo", meta.appliesTo().name()).put("quote", meta.quote())
        .put("fix", meta.fix().name()).put("checksGenerated", meta.checksGenerated());
    ArrayNode options = node.putArray("options");
    for (OptionMeta option : meta.options()) {
      ObjectNode o = options.addObject().put("name", option.name()).put("type", option.type().name())
          .put("defaultValue", option.defaultValue()).put("description", option.description()).put("min", option.min())
          .put("max", option.max()).put("sameAs", option.sameAs());
      option.values().forEach(o.putArray("values")::add);
    }
    return node;
  }

  private static RuleMeta meta(JsonNode node) {
    List<OptionMeta> options = new ArrayList<>();
    for (JsonNode o : node.path("options")) {
      List<String> values = new ArrayList<>();
      o.path("values").forEach(v -> values.add(v.textValue()));
      options.add(new OptionMeta(text(o, "name"), OptionType.valueOf(text(o, "type")), text(o, "defaultValue"),
          text(o, "description"), o.path("min").longValue(), o.path("max").longValue(), values, text(o, "sameAs")));
    }
    return new RuleMeta(text(node, "id"), text(node, "name"), text(node, "summary"), text(node, "description"),
        Severity.valueOf(text(node, "severity")), Category.valueOf(text(node, "category")), text(node, "reference"),
        text(node, "since"), AppliesTo.valueOf(text(node, "appliesTo")), options, text(node, "quote"),
        FixKind.valueOf(text(node, "fix")), node.path("checksGenerated").booleanValue());
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).textValue();
  }
}
