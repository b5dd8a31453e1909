package dev.gal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A tree the build wrote in binary, for what the jar bundles (schemas, rule packs): reading
 * JSON or YAML text costs tens of milliseconds in a JVM that has not compiled its parser
 * yet, which every short run is. Each string is stored once, and the nodes in document
 * order. The header holds the length and CRC-32 of the source it was made from, so that a
 * snapshot an earlier build left behind is not taken for an edited source. Only for trees
 * the build made: the reader trusts its input otherwise.
 */
public final class TreeSnapshot {
  private static final int MAGIC = 0x47414c31;
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;
  private static final byte TEXT = 3;
  private static final byte INT = 4;
  private static final byte LONG = 5;
  private static final byte DOUBLE = 6;
  private static final byte BIG_INTEGER = 7;
  private static final byte DECIMAL = 8;
  private static final byte TRUE = 9;
  private static final byte FALSE = 10;
  private static final byte NULL = 11;

  private TreeSnapshot() {}

  /** Writes the tree read from {@code source}, the bytes of the bundled file. */
  public static void write(JsonNode root, byte[] source, OutputStream out) throws IOException {
    Map<String, Integer> indexes = new HashMap<>();
    List<String> strings = new ArrayList<>();
    ByteArrayOutputStream nodeBytes = new ByteArrayOutputStream();
    writeNode(root, new DataOutputStream(nodeBytes), text -> indexes.computeIfAbsent(text, t -> {
      strings.add(t);
      return strings.size() - 1;
    }));
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(source.length);
    data.writeInt(crc(source));
    data.writeInt(strings.size());
    for (String string : strings) {
      byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
      data.writeInt(utf8.length);
      data.write(utf8);
    }
    nodeBytes.writeTo(data);
    data.flush();
  }

  private static void writeNode(JsonNode node, DataOutputStream out, java.util.function.ToIntFunction<String> index)
      throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeByte(OBJECT);
        out.writeInt(node.size());
        for (Entry<String, JsonNode> member : node.properties()) {
          out.writeInt(index.applyAsInt(member.getKey()));
          writeNode(member.getValue(), out, index);
        }
      }
      case ARRAY -> {
        out.writeByte(ARRAY);
        out.writeInt(node.size());
        for (JsonNode element : node) {
          writeNode(element, out, index);
        }
      }
      case STRING -> {
        out.writeByte(TEXT);
        out.writeInt(index.applyAsInt(node.textValue()));
      }
      case BOOLEAN -> out.writeByte(node.booleanValue() ? TRUE : FALSE);
      case NULL -> out.writeByte(NULL);
      case NUMBER -> writeNumber(node, out, index);
      default -> throw new IllegalArgumentException("a snapshot holds JSON values only, not " + node.getNodeType());
    }
  }

  private static void writeNumber(JsonNode node, DataOutputStream out, java.util.function.ToIntFunction<String> index)
      throws IOException {
    switch (node.numberType()) {
      case INT -> {
        out.writeByte(INT);
        out.writeInt(node.intValue());
      }
      case LONG -> {
        out.writeByte(LONG);
        out.writeLong(node.longValue());
      }
      case DOUBLE -> {
        out.writeByte(DOUBLE);
        out.writeDouble(node.doubleValue());
      }
      case BIG_INTEGER -> {
        out.writeByte(BIG_INTEGER);
        out.writeInt(index.applyAsInt(node.bigIntegerValue().toString()));
      }
      case BIG_DECIMAL -> {
        out.writeByte(DECIMAL);
        out.writeInt(index.applyAsInt(node.decimalValue().toString()));
      }
      default -> throw new IllegalArgumentException("a snapshot keeps ints, longs, doubles and big numbers, not " + node.numberType());
    }
  }

  /** The tree, made with {@code nodes}, or empty when the snapshot was made from other bytes than {@code source}. */
  public static Optional<JsonNode> read(InputStream in, byte[] source, JsonNodeFactory nodes) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes());
    if (bytes.remaining() < 16 || bytes.getInt() != MAGIC) {
      throw new IOException("not a tree snapshot");
    }
    if (bytes.getInt() != source.length || bytes.getInt() != crc(source)) {
      return Optional.empty();
    }
    String[] strings = new String[bytes.getInt()];
    for (int i = 0; i < strings.length; i++) {
      int length = bytes.getInt();
      strings[i] = new String(bytes.array(), bytes.position(), length, StandardCharsets.UTF_8);
      bytes.position(bytes.position() + length);
    }
    return Optional.of(new Reader(bytes, strings, nodes).node());
  }

  private static int crc(byte[] source) {
    CRC32 crc = new CRC32();
    crc.update(source);
    return (int) crc.getValue();
  }

  /** Where the build writes the snapshot of a bundled resource: beside it. */
  public static String of(String resource) {
    return resource + ".tree";
  }

  /**
   * The snapshot of a bundled resource, if the build wrote one from the resource as it is now;
   * empty on a class path the build did not make, or where the resource changed since.
   */
  public static Optional<JsonNode> bundled(String resource, JsonNodeFactory nodes) {
    String snapshot = of(resource);
    try (InputStream source = TreeSnapshot.class.getResourceAsStream(resource);
        InputStream in = TreeSnapshot.class.getResourceAsStream(snapshot)) {
      return source == null || in == null ? Optional.empty() : read(in, source.readAllBytes(), nodes);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the jar's snapshot " + snapshot + " cannot be read; rebuild gal", e);
    }
  }

  private record Reader(ByteBuffer bytes, String[] strings, JsonNodeFactory nodes) {
    JsonNode node() {
      byte tag = bytes.get();
      return switch (tag) {
        case OBJECT -> object(bytes.getInt());
        case ARRAY -> array(bytes.getInt());
        case TEXT -> nodes.textNode(strings[bytes.getInt()]);
        case INT -> nodes.numberNode(bytes.getInt());
        case LONG -> nodes.numberNode(bytes.getLong());
        case DOUBLE -> nodes.numberNode(bytes.getDouble());
        case BIG_INTEGER -> nodes.numberNode(new BigInteger(strings[bytes.getInt()]));
        case DECIMAL -> nodes.numberNode(new BigDecimal(strings[bytes.getInt()]));
        case TRUE -> nodes.booleanNode(true);
        case FALSE -> nodes.booleanNode(false);
        case NULL -> nodes.nullNode();
        default -> throw new UncheckedIOException(new IOException("unknown tag " + tag + " in a tree snapshot"));
      };
    }

    private ObjectNode object(int size) {
      ObjectNode object = nodes.objectNode();
      for (int i = 0; i < size; i++) {
        String name = strings[bytes.getInt()];
        object.set(name, node());
      }
      return object;
    }

    private ArrayNode array(int size) {
      ArrayNode array = nodes.arrayNode();
      for (int i = 0; i < size; i++) {
        array.add(node());
      }
      return array;
    }
  }
}
