package dev.gal.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gal.model.Document;
import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a JSON file with Jackson's streaming parser, which is exact and fast on large documents. */
final class JsonLoader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** How Jackson names a second place in a message, e.g. where an unclosed object starts; users read it in words. */
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private final LoadLimits limits;
  private final JsonFactory factory;

  JsonLoader(LoadLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(Math.max(limits.maxStringLength(), 1))
            .build())
        .build();
  }

  void load(SourceText source, List<Document> documents, List<Finding> findings) {
    TreeBuilder builder = new TreeBuilder(limits, findings, new ValueBudget(limits.maxValues()));
    JsonTokenPositions positions = new JsonTokenPositions(source.text());
    try (JsonParser parser = factory.createParser(source.text())) {
      try {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          if (positions != null && !feed(builder, parser, token, positions)) {
            positions = null;
          }
          if (positions == null) {
            feed(builder, parser, token);
          }
        }
      } catch (JsonProcessingException e) {
        findings.add(problem(e, parser, source.text()));
        return;
      }
      if (builder.root() != null) {
        documents.add(new Document(source, 1, builder.root(), builder.index()));
      }
    } catch (LoadAbort abort) {
      findings.add(abort.finding());
    } catch (IOException e) {
      findings.add(Finding.of(LoadDiagnostics.SYNTAX, "JSON error: " + e.getMessage(), SourceRange.FILE_START, null));
    }
  }

  /**
   * The finding for Jackson's complaint: at the forbidden character when it is one
   * (Jackson points just past it), at the token being read when Jackson gives no
   * position (a length limit), and without the Jackson method it names.
   */
  private static Finding problem(JsonProcessingException e, JsonParser parser, String text) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
    int end = location == null ? 0 : (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(0, location.getCharOffset())) + 1;
    Optional<Finding> forbidden = ForbiddenCharacters.first(text, end, ForbiddenCharacters.JSON, "JSON", "inside a string");
    if (forbidden.isPresent()) {
      return forbidden.get();
    }
    String message = SOURCE_LOCATION.matcher(e.getOriginalMessage().replaceAll(",? from `[^`]*`", "").replaceAll("\\s+", " ").trim())
        .replaceAll("line $1, column $2");
    boolean limit = e instanceof StreamConstraintsException;
    return Finding.of(limit ? LoadDiagnostics.LIMIT : LoadDiagnostics.SYNTAX, (limit ? "" : "JSON syntax error: ") + message,
        SourceRange.at(position(location)), null);
  }

  /**
   * Feeds a token with positions from the scan; false, having fed nothing, when
   * the token is not where the scan expects it, so that the caller falls back
   * to Jackson's own locations.
   */
  private static boolean feed(TreeBuilder builder, JsonParser parser, JsonToken token, JsonTokenPositions positions)
      throws IOException {
    int start = positions.nextToken();
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (!positions.expect(start, token == JsonToken.START_OBJECT ? "{" : "[")) {
          return false;
        }
        builder.startContainer(token == JsonToken.START_OBJECT, positions.at(start), null);
        positions.consumed(start + 1);
      }
      case END_OBJECT, END_ARRAY -> {
        if (!positions.expect(start, token == JsonToken.END_OBJECT ? "}" : "]")) {
          return false;
        }
        positions.consumed(start + 1);
        builder.endContainer(positions.at(start + 1));
      }
      case FIELD_NAME, VALUE_STRING -> {
        if (!positions.expect(start, "\"")) {
          return false;
        }
        int end = positions.stringEnd(start);
        String name = token == JsonToken.FIELD_NAME ? parser.currentName() : null;
        JsonNode node = name != null ? NODES.textNode(name) : value(parser, token);
        builder.scalar(node, name, false, new SourceRange(positions.at(start), positions.at(end)), null);
        positions.consumed(end);
      }
      default -> {
        if (!positions.expect(start, "-0123456789tfn")) {
          return false;
        }
        int end = positions.literalEnd(start);
        builder.scalar(value(parser, token), null, false, new SourceRange(positions.at(start), positions.at(end)), null);
        positions.consumed(end);
      }
    }
    return true;
  }

  private static void feed(TreeBuilder builder, JsonParser parser, JsonToken token) throws IOException {
    SourcePosition start = position(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT -> builder.startContainer(true, start, null);
      case START_ARRAY -> builder.startContainer(false, start, null);
      case END_OBJECT, END_ARRAY -> builder.endContainer(position(parser.currentLocation()));
      case FIELD_NAME -> builder.scalar(NODES.textNode(parser.currentName()), parser.currentName(), false,
          range(start, parser), null);
      // JSON values are never mapping keys (FIELD_NAME is), so the builder needs no key text for them.
      default -> builder.scalar(value(parser, token), null, false, range(start, parser), null);
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> decimal(parser);
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      default -> NODES.nullNode();
    };
  }

  /** An exponent beyond BigDecimal's range keeps its text, as in YAML: the schema reports the type. */
  private static JsonNode decimal(JsonParser parser) throws IOException {
    try {
      return NODES.numberNode(parser.getDecimalValue());
    } catch (NumberFormatException e) {
      return NODES.textNode(parser.getText());
    }
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private static SourceRange range(SourcePosition start, JsonParser parser) {
    return new SourceRange(start, position(parser.currentLocation()));
  }

  private static SourcePosition position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return SourcePosition.START;
    }
    return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
