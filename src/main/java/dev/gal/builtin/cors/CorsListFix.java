package dev.gal.builtin.cors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gal.model.AwsSettings;
import dev.gal.model.Node;
import dev.gal.rule.Fix;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fix that adds entries to a CORS list of the AWS block. */
final class CorsListFix {
  private CorsListFix() {}

  /**
   * Appends the missing entries to the list as written; where the key is
   * absent, adds it with GAL's default entries plus the missing ones, since
   * the default is what applies now. Null without an AWS block to write into.
   */
  static Fix adding(AwsSettings aws, String key, List<String> defaults, Collection<String> missing) {
    if (aws.block().isEmpty()) {
      return null;
    }
    Node block = aws.block().get();
    List<JsonNode> added = missing.stream().map(m -> (JsonNode) TextNode.valueOf(m)).toList();
    if (block.member(key).map(n -> n.value().isArray()).orElse(false)) {
      return Fix.appendItems(block.pointer().append(key), added);
    }
    Set<String> entries = new LinkedHashSet<>(defaults);
    entries.addAll(missing);
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    entries.forEach(list::add);
    return Fix.addMember(block.pointer(), key, list);
  }
}
