package dev.gal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.rule.Finding;
import dev.gal.schema.Misspelling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps the rules from contradicting the schema stage. When the schema stage
 * says "unknown key 'integration_timout_ms': did you mean
 * 'integration_timeout_ms'?", a rule that then reports integration_timeout_ms
 * as not set is judging a key the user has already been told about. So the
 * rules run once more on the document as its author meant it, with each
 * misspelling replaced by its suggestion, and a finding that this second run
 * does not repeat (same rule, same place) follows only from the misspelling
 * and is dropped. This needs no cooperation from the rules, packs or plugins.
 */
final class MisspellingFollowOns {
  private MisspellingFollowOns() {}

  /**
   * The findings of {@code rules} on the document, less those that the
   * suggested spellings would make go away.
   */
  static List<Finding> withoutFollowOns(List<Finding> findings, Document document, List<Misspelling> misspellings,
      Function<Document, List<Finding>> rules) {
    if (misspellings.isEmpty() || findings.isEmpty()) {
      return findings;
    }
    Corrected corrected = Corrected.of(document, misspellings);
    Map<String, Integer> repeated = new HashMap<>();
    for (Finding f : rules.apply(corrected.document())) {
      repeated.merge(key(f.rule().id(), corrected.asWritten(f.pointer())), 1, Integer::sum);
    }
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      String key = key(f.rule().id(), f.pointer());
      if (repeated.getOrDefault(key, 0) > 0) {
        repeated.merge(key, -1, Integer::sum);
        kept.add(f);
      }
    }
    return kept;
  }

  private static String key(String ruleId, JsonPointer pointer) {
    return ruleId + " " + pointer;
  }

  /** The document with every suggestion applied, and how its pointers map back to the keys as written. */
  private record Corrected(Document document, Map<JsonPointer, Map<String, String>> writtenKeys) {
    static Corrected of(Document original, List<Misspelling> misspellings) {
      JsonNode root = original.root().deepCopy();
      // Values first, while every pointer still names the tree as written; then keys, deepest
      // first, so that renaming a key never moves a misspelling that is still to be applied.
      misspellings.stream().filter(m -> !m.key()).forEach(m -> replaceValue(root, m));
      Map<JsonPointer, Map<String, String>> writtenKeys = new HashMap<>();
      misspellings.stream().filter(Misspelling::key)
          .sorted(Comparator.comparingInt((Misspelling m) -> m.pointer().depth()).reversed())
          .filter(m -> renameKey(root, m))
          .forEach(m -> writtenKeys.computeIfAbsent(m.pointer().parent(), p -> new HashMap<>())
              .put(m.meant(), m.pointer().lastSegment()));
      return new Corrected(new Document(original.source(), original.number(), root, original.positions()), writtenKeys);
    }

    /** A pointer into the corrected document as a pointer into the document as written. */
    JsonPointer asWritten(JsonPointer pointer) {
      if (pointer == null || writtenKeys.isEmpty()) {
        return pointer;
      }
      JsonPointer written = JsonPointer.root();
      for (String segment : pointer.segments()) {
        written = written.append(writtenKeys.getOrDefault(written, Map.of()).getOrDefault(segment, segment));
      }
      return written;
    }

    private static void replaceValue(JsonNode root, Misspelling m) {
      JsonNode parent = root.at(m.pointer().parent().toString());
      String last = m.pointer().lastSegment();
      if (parent instanceof ObjectNode object) {
        object.put(last, m.meant());
      } else if (parent instanceof ArrayNode array && last.chars().allMatch(Character::isDigit)) {
        array.set(Integer.parseInt(last), array.textNode(m.meant()));
      }
    }

    /** Renames the key in place, keeping the key order; false when the intended key is already there. */
    private static boolean renameKey(JsonNode root, Misspelling m) {
      String written = m.pointer().lastSegment();
      if (!(root.at(m.pointer().parent().toString()) instanceof ObjectNode object) || object.has(m.meant()) || !object.has(written)) {
        return false;
      }
      Map<String, JsonNode> members = new LinkedHashMap<>();
      object.fields().forEachRemaining(e -> members.put(e.getKey().equals(written) ? m.meant() : e.getKey(), e.getValue()));
      object.removeAll();
      object.setAll(members);
      return true;
    }
  }
}
