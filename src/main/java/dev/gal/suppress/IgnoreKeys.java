package dev.gal.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds x-gal-lint-ignore: [{rule, reason}] on any object of a document, for
 * documents that carry no comments (OpenAPI exported from AWS). An entry
 * covers its object and everything below it.
 */
public final class IgnoreKeys {
  public static final String KEY = "x-gal-lint-ignore";
  private static final int MAX_DEPTH = 256;

  private IgnoreKeys() {}

  public static List<Directive> of(Document document) {
    List<Directive> found = new ArrayList<>();
    walk(document, document.root(), JsonPointer.root(), found, 0);
    return found;
  }

  private static void walk(Document document, JsonNode node, JsonPointer at, List<Directive> found, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isObject()) {
      JsonNode ignore = node.get(KEY);
      if (ignore != null && ignore.isArray()) {
        for (int i = 0; i < ignore.size(); i++) {
          JsonNode entry = ignore.get(i);
          List<String> rules = entry.hasNonNull("rule") ? List.of(entry.get("rule").asText()) : List.of();
          found.add(new Directive(rules, 0, 0, entry.path("reason").asText(""),
              document.positions().locate(at.append(KEY).append(i)).value(), at.toString(), document.number()));
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(document, field.getValue(), at.append(field.getKey()), found, depth + 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(document, node.get(i), at.append(i), found, depth + 1);
      }
    }
  }
}
