package dev.gal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a tree as compact JSON, the text {@code JsonNode.toString} gives, with a bare
 * generator: {@code toString} and an {@code ObjectMapper} writer first initialise
 * {@code ObjectMapper}, whose date formats load the JDK's locale data, about 45 ms of
 * every short run. The walk keeps its own stack, so that no depth the loader admits
 * overflows the thread's or fails the write (Jackson's writers stop at 1,000 levels).
 */
public final class CompactJson {
  /** No nesting bound: the walk does not recurse, and the loader's --max-depth is the user's to raise. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build();

  private CompactJson() {}

  public static void write(JsonNode root, Writer out) throws IOException {
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      Deque<Iterator<?>> open = new ArrayDeque<>();
      Object next = root;
      while (true) {
        if (next != null) {
          JsonNode node = next instanceof Map.Entry<?, ?> member ? member(generator, member) : (JsonNode) next;
          Iterator<?> children = start(generator, node);
          if (children != null) {
            open.push(children);
          }
        }
        if (open.isEmpty()) {
          return;
        }
        next = advance(generator, open);
      }
    }
  }

  private static JsonNode member(JsonGenerator generator, Map.Entry<?, ?> member) throws IOException {
    generator.writeFieldName((String) member.getKey());
    return (JsonNode) member.getValue();
  }

  /** The next child of the innermost open container, or null after closing it. */
  private static Object advance(JsonGenerator generator, Deque<Iterator<?>> open) throws IOException {
    Iterator<?> children = open.peek();
    if (children.hasNext()) {
      return children.next();
    }
    open.pop();
    if (generator.getOutputContext().inObject()) {
      generator.writeEndObject();
    } else {
      generator.writeEndArray();
    }
    return null;
  }

  /** Writes a value, or opens a container and returns its children. */
  private static Iterator<?> start(JsonGenerator generator, JsonNode node) throws IOException {
    if (node.isObject()) {
      generator.writeStartObject();
      return node.properties().iterator();
    }
    if (node.isArray()) {
      generator.writeStartArray();
      return node.elements();
    }
    if (node.isNull() || node.isMissingNode()) {
      generator.writeNull();
    } else if (node.isBoolean()) {
      generator.writeBoolean(node.booleanValue());
    } else if (node.isNumber()) {
      writeNumber(generator, node);
    } else {
      generator.writeString(node.asText());
    }
    return null;
  }

  private static void writeNumber(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT -> generator.writeNumber(node.intValue());
      case LONG -> generator.writeNumber(node.longValue());
      case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
      case FLOAT -> generator.writeNumber(node.floatValue());
      case DOUBLE -> generator.writeNumber(node.doubleValue());
      default -> generator.writeNumber(node.decimalValue());
    }
  }
}
