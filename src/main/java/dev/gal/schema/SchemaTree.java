package dev.gal.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a schema bundled in the jar into a tree with a bare streaming parser.
 * json-schema-validator quotes every string of an {@code enum} with
 * {@code JsonNode.toString}, which in Jackson initialises a whole
 * {@code ObjectMapper}, date formats and the JDK's locale data included: about
 * 45 ms of a run that needs none of it. The strings of this tree quote
 * themselves as Jackson would.
 */
final class SchemaTree {
  /** Makes the strings of a schema tree, whether read from JSON or from the build's snapshot. */
  static final JsonNodeFactory NODES = new QuotingNodes();

  private SchemaTree() {}

  static JsonNode read(InputStream in) throws IOException {
    try (JsonParser parser = JsonFactory.builder().build().createParser(in)) {
      parser.nextToken();
      return value(parser);
    }
  }

  /** The value at the parser's current token; the bundled schemas nest a few levels, so recursion is bounded. */
  private static JsonNode value(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      default -> NODES.nullNode();
    };
  }

  /** Numbers as ObjectMapper.readTree types them, so that the validator compares them as before. */
  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      object.set(name, value(parser));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(parser));
    }
    return array;
  }

  private static final class QuotingNodes extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public TextNode textNode(String text) {
      return new QuotedText(text);
    }
  }

  /** A string that prints itself as JSON without Jackson's ObjectMapper. */
  private static final class QuotedText extends TextNode {
    private static final long serialVersionUID = 1L;

    QuotedText(String text) {
      super(text);
    }

    @Override
    public String toString() {
      return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(textValue())) + '"';
    }
  }
}
