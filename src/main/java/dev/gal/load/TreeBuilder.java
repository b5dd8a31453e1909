package dev.gal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.model.PositionIndex;
import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one document's tree and position index from parser events, without
 * recursion, so that nesting depth is bounded by a limit and not by the stack.
 * Aliases share the anchored node and add a redirect to the index; their
 * expanded size is counted so that an alias bomb is refused early.
 */
final class TreeBuilder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MERGE_KEY = "<<";

  private record Anchored(JsonNode node, int id, long size) {}

  private record MergeSource(JsonNode node, JsonPointer pointer) {}

  private static final class Frame {
    final JsonNode container;
    final int id;
    final SourcePosition start;
    final String anchor;
    final boolean mergeValue;
    long size = 1;
    int nextIndex;
    String pendingKey;
    SourceRange pendingKeyRange;
    boolean pendingMerge;
    /** Created on the first merge key: most mappings have none, and large files have many mappings. */
    List<MergeSource> merges;

    Frame(JsonNode container, int id, SourcePosition start, String anchor, boolean mergeValue) {
      this.container = container;
      this.id = id;
      this.start = start;
      this.anchor = anchor;
      this.mergeValue = mergeValue;
    }

    List<MergeSource> merges() {
      if (merges == null) {
        merges = new ArrayList<>();
      }
      return merges;
    }

    boolean expectsKey() {
      return container.isObject() && pendingKey == null && !pendingMerge;
    }
  }

  /** Where the next value goes: its node id in the index, and whether it feeds a merge. */
  private record Slot(int id, boolean merge) {}

  private final LoadLimits limits;
  private final List<Finding> findings;
  private final PositionIndex index = new PositionIndex();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final CollidingKeys collidingKeys = new CollidingKeys();
  private final ValueBudget values;
  private long aliasExpansion;
  private JsonNode root;

  TreeBuilder(LoadLimits limits, List<Finding> findings, ValueBudget values) {
    this.limits = limits;
    this.findings = findings;
    this.values = values;
  }

  JsonNode root() {
    return root;
  }

  PositionIndex index() {
    return index;
  }

  SourceRange rootRange() {
    NodeLocation location = index.exact(JsonPointer.root());
    return location == null ? SourceRange.FILE_START : location.value();
  }

  /** A scalar: a key when the open mapping expects one, a value otherwise. */
  void scalar(JsonNode value, String text, boolean plain, SourceRange range, String anchor) {
    Frame top = stack.peek();
    if (top != null && top.expectsKey()) {
      acceptKey(top, text, plain, range);
      return;
    }
    if (value.isTextual() && value.textValue().length() > limits.maxStringLength()) {
      throw abort(LoadDiagnostics.LIMIT, "string of %d characters exceeds the limit of %d"
          .formatted(value.textValue().length(), limits.maxStringLength()), range);
    }
    values.spend(range);
    Slot slot = place(value, range);
    if (slot.merge() && top != null && top.container.isObject()) {
      collectMergeSources(top, value, slot.id());
    }
    register(anchor, value, slot.id(), 1);
    addSize(1);
  }

  void startContainer(boolean mapping, SourcePosition start, String anchor) {
    Frame top = stack.peek();
    if (top != null && top.expectsKey()) {
      throw abort(LoadDiagnostics.SYNTAX,
          "a list or mapping used as a mapping key is not supported; use a plain string key",
          SourceRange.at(start));
    }
    if (stack.size() >= limits.maxDepth()) {
      throw abort(LoadDiagnostics.LIMIT, "nesting deeper than %d levels exceeds the depth limit"
          .formatted(limits.maxDepth()), SourceRange.at(start));
    }
    values.spend(SourceRange.at(start));
    JsonNode container = mapping ? NODES.objectNode() : NODES.arrayNode();
    Slot slot = place(container, null);
    stack.push(new Frame(container, slot.id(), start, anchor, slot.merge()));
  }

  void endContainer(SourcePosition end) {
    Frame frame = stack.pop();
    if (frame.container.isObject()) {
      applyMerges(frame);
    }
    index.value(frame.id, new SourceRange(frame.start, end));
    register(frame.anchor, frame.container, frame.id, frame.size);
    if (frame.mergeValue) {
      collectMergeSources(stack.peek(), frame.container, frame.id);
    }
    addSize(frame.size);
  }

  void alias(String name, SourceRange range) {
    for (Frame open : stack) {
      if (name.equals(open.anchor)) {
        throw abort(LoadDiagnostics.LIMIT, "alias *%s refers to a node that contains it; recursive aliases expand forever"
            .formatted(name), range);
      }
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw abort(LoadDiagnostics.SYNTAX, "alias *%s has no anchor &%s before it".formatted(name, name), range);
    }
    Frame top = stack.peek();
    if (top != null && top.expectsKey()) {
      throw abort(LoadDiagnostics.SYNTAX, "an alias used as a mapping key is not supported", range);
    }
    aliasExpansion += target.size();
    if (aliasExpansion > limits.maxAliasExpansion()) {
      throw abort(LoadDiagnostics.LIMIT, "aliases expand to more than %d nodes; refusing a possible alias bomb"
          .formatted(limits.maxAliasExpansion()), range);
    }
    Slot slot = place(target.node(), range);
    index.redirect(index.pointer(slot.id()), index.pointer(target.id()));
    if (slot.merge() && top != null && top.container.isObject()) {
      collectMergeSources(top, target.node(), slot.id());
    }
    addSize(target.size());
  }

  private void acceptKey(Frame frame, String key, boolean plain, SourceRange range) {
    if (collidingKeys.tooMany(key)) {
      throw abort(LoadDiagnostics.LIMIT, ("more than %d different keys share the hash code of '%s'; such a file is built to "
          + "make hash tables slow, so gal does not read it").formatted(CollidingKeys.MAX_SHARED, key), range);
    }
    if (plain && MERGE_KEY.equals(key)) {
      frame.pendingMerge = true;
      frame.pendingKeyRange = range;
      return;
    }
    // Merged keys are added when the mapping ends, so a key already in the container was written twice.
    SourceRange first = frame.container.has(key) ? index.keyRange(frame.id, key) : null;
    if (first != null) {
      findings.add(Finding.of(LoadDiagnostics.DUPLICATE_KEY,
          "duplicate key '%s' (first defined at line %d); YAML loaders keep only the last value, remove one"
              .formatted(key, first.start().line()),
          range, index.pointer(frame.id).append(key)));
    }
    frame.pendingKey = key;
    frame.pendingKeyRange = range;
  }

  /** Attaches a node to the open container; scalars and aliases get their index entry here. */
  private Slot place(JsonNode node, SourceRange valueRange) {
    Frame parent = stack.peek();
    Slot slot;
    if (parent == null) {
      root = node;
      slot = new Slot(index.node(PositionIndex.NO_PARENT, ""), false);
    } else if (parent.container.isArray()) {
      slot = new Slot(index.item(parent.id, parent.nextIndex++), parent.mergeValue);
      ((ArrayNode) parent.container).add(node);
    } else if (parent.pendingMerge) {
      slot = new Slot(index.node(parent.id, MERGE_KEY), true);
      index.key(slot.id(), parent.pendingKeyRange);
      parent.pendingMerge = false;
    } else {
      slot = new Slot(index.node(parent.id, parent.pendingKey), false);
      index.key(slot.id(), parent.pendingKeyRange);
      ((ObjectNode) parent.container).set(parent.pendingKey, node);
      parent.pendingKey = null;
    }
    index.value(slot.id(), valueRange);
    return slot;
  }

  /** A merge value is a mapping, or a list of mappings; earlier ones win. */
  private void collectMergeSources(Frame target, JsonNode value, int id) {
    if (target == null || !target.container.isObject()) {
      return;
    }
    JsonPointer pointer = index.pointer(id);
    if (value.isObject()) {
      target.merges().add(new MergeSource(value, pointer));
      return;
    }
    boolean allMappings = value.isArray();
    for (int i = 0; allMappings && i < value.size(); i++) {
      allMappings = value.get(i).isObject();
    }
    if (!allMappings) {
      findings.add(Finding.of(LoadDiagnostics.SYNTAX,
          "the merge key << needs a mapping or a list of mappings", index.locate(pointer).value(), pointer));
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      target.merges().add(new MergeSource(value.get(i), pointer.append(i)));
    }
  }

  private void applyMerges(Frame frame) {
    ObjectNode target = (ObjectNode) frame.container;
    if (frame.merges == null) {
      return;
    }
    for (MergeSource source : frame.merges) {
      source.node().fields().forEachRemaining(member -> {
        if (!target.has(member.getKey())) {
          target.set(member.getKey(), member.getValue());
          index.redirect(index.pointer(frame.id).append(member.getKey()), source.pointer().append(member.getKey()));
        }
      });
    }
  }

  private void register(String anchor, JsonNode node, int id, long size) {
    if (anchor != null) {
      anchors.put(anchor, new Anchored(node, id, size));
    }
  }

  private void addSize(long size) {
    Frame parent = stack.peek();
    if (parent != null) {
      parent.size += size;
    }
  }

  static LoadAbort abort(RuleMeta rule, String message, SourceRange range) {
    return new LoadAbort(Finding.of(rule, message, range, null));
  }
}
