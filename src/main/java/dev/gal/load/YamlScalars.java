package dev.gal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Turns a YAML scalar into a JSON value under the YAML 1.2 core schema. Tags
 * other than the standard ones are inert: the text stays a string, and no
 * class is ever looked up or instantiated.
 */
final class YamlScalars {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

  private YamlScalars() {}

  static JsonNode toNode(ScalarEvent event) {
    String text = event.getValue();
    Tag tag = event.getTag().map(Tag::new)
        .orElseGet(() -> event.isPlain() ? resolve(text) : Tag.STR);
    try {
      if (Tag.NULL.equals(tag)) {
        return NODES.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return NODES.booleanNode(text.equalsIgnoreCase("true"));
      }
      if (Tag.INT.equals(tag)) {
        return integer(text);
      }
      if (Tag.FLOAT.equals(tag)) {
        return floating(text);
      }
    } catch (NumberFormatException e) {
      // an explicit !!int on text that is no number: keep the text
    }
    return NODES.textNode(text);
  }

  /**
   * The core schema's tag of a plain scalar. The resolver's regular
   * expressions are the cost of loading a large file, so the two common cases
   * are decided by hand: the core schema's null, bool, int and float forms all
   * start with ~, n, N, t, T, f, F, a sign, a dot or a digit, and a run of
   * digits alone is an int.
   */
  static Tag resolve(String text) {
    if (text.isEmpty()) {
      return RESOLVER.resolve(text, true);
    }
    char first = text.charAt(0);
    boolean maybeNotString = "~nNtTfF-+.".indexOf(first) >= 0 || (first >= '0' && first <= '9');
    if (!maybeNotString) {
      return Tag.STR;
    }
    return allDigits(text) ? Tag.INT : RESOLVER.resolve(text, true);
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static JsonNode integer(String text) {
    // Plain decimals that fit a long need no BigInteger, and they are nearly every integer of a file.
    if (!text.isEmpty() && text.length() <= 18 && allDigits(text)) {
      long value = Long.parseLong(text);
      return value <= Integer.MAX_VALUE ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }
    String t = text.replace("_", "");
    int sign = 1;
    if (t.startsWith("-") || t.startsWith("+")) {
      sign = t.startsWith("-") ? -1 : 1;
      t = t.substring(1);
    }
    BigInteger value;
    if (t.startsWith("0x")) {
      value = new BigInteger(t.substring(2), 16);
    } else if (t.startsWith("0o")) {
      value = new BigInteger(t.substring(2), 8);
    } else {
      value = new BigInteger(t);
    }
    value = sign < 0 ? value.negate() : value;
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  /**
   * JSON has no infinity or NaN, and the JSON tools downstream fail on them,
   * so .inf and .nan stay text: the schema then reports them as a wrong type.
   */
  private static JsonNode floating(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf") || t.equals(".nan")) {
      return NODES.textNode(text);
    }
    return NODES.numberNode(new BigDecimal(text));
  }
}
