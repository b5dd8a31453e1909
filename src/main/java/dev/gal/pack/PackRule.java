package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.rule.Rule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule of a declarative pack: selectors, a function with options, and a
 * message template. Its subclass says which documents it checks, as a Java
 * rule's interface does, so that the engine runs both alike.
 */
public abstract sealed class PackRule implements Rule permits GalPackRule, OpenApiPackRule {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");

  private final RuleMeta meta;
  private final String packName;
  private final List<Selector> selectors;
  private final PackFunction function;
  private final JsonNode options;
  private final String message;

  PackRule(RuleMeta meta, String packName, List<Selector> selectors, PackFunction function, JsonNode options, String message) {
    this.meta = meta;
    this.packName = packName;
    this.selectors = List.copyOf(selectors);
    this.function = function;
    this.options = options;
    this.message = message;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  public String packName() {
    return packName;
  }

  final void check(Scope scope, RuleContext context) {
    for (Selector selector : selectors) {
      for (Selected selected : selector.select(scope)) {
        for (Violation v : function.check(selected.node())) {
          Map<String, String> values = new HashMap<>(selected.values());
          values.putAll(v.values());
          String text = render(values);
          if (v.atKey()) {
            context.reportKey(v.pointer(), text, v.fix());
          } else {
            context.report(v.pointer(), text, v.fix());
          }
        }
      }
    }
  }

  /** Fills {name} from the violation's values, then from the rule's options. */
  private String render(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = values.containsKey(name) ? values.get(name)
          : options.has(name) ? options.get(name).asText() : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
