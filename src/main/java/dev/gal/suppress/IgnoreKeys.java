package dev.gal.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.ObjectWalk;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds x-gal-lint-ignore: [{rule, reason}] on any object of a document, for
 * documents that carry no comments (OpenAPI exported from AWS). An entry
 * covers its object and everything below it.
 */
public final class IgnoreKeys {
  public static final String KEY = "x-gal-lint-ignore";
  private static final int MAX_DEPTH = 256;

  private IgnoreKeys() {}

  /** The entries of a document parsed from its source text. */
  public static List<Directive> of(Document document) {
    List<Directive> found = new ArrayList<>();
    if (!document.source().mayHold(KEY)) {
      return found;
    }
    ObjectWalk.walk(document.root(), MAX_DEPTH, (node, at) -> {
      JsonNode ignore = node.get(KEY);
      if (ignore == null || !ignore.isArray()) {
        return;
      }
      JsonPointer pointer = at.pointer();
      for (int i = 0; i < ignore.size(); i++) {
        JsonNode entry = ignore.get(i);
        List<String> rules = entry.hasNonNull("rule") ? List.of(entry.get("rule").asText()) : List.of();
        found.add(new Directive(rules, 0, 0, entry.path("reason").asText(""),
            document.positions().locate(pointer.append(KEY).append(i)).value(), pointer.toString(), document.number()));
      }
    });
    return found;
  }
}
