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
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a JSON file with Jackson's streaming parser, which is exact and fast on large documents. */
final class JsonLoader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** How Jackson names a second place in a message, e.g. where an unclosed object starts; users read it in words. */
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private final LoadLimits limits;
  private final JsonFactory factory;
  private final int pipelineChars;

  JsonLoader(LoadLimits limits) {
    this(limits, PipelinedEvents.PIPELINE_CHARS);
  }

  /** With the size from which the parser runs on its own thread: tests compare both ways on the same text. */
  JsonLoader(LoadLimits limits, int pipelineChars) {
    this.limits = limits;
    this.pipelineChars = pipelineChars;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(Math.max(limits.maxStringLength(), 1))
            .build())
        .build();
  }

  void load(SourceText source, List<Document> documents, List<Finding> findings) {
    TreeBuilder builder = new TreeBuilder(limits, findings, new ValueBudget(limits.maxValues()));
    JsonParser parser;
    try {
      parser = factory.createParser(source.text());
    } catch (IOException e) {
      findings.add(unreadable(e));
      return;
    }
    Iterator<JsonEvent> parsed = new JsonEvents(parser, source.text());
    // As for YAML: on a large file the parser and the tree builder each take about half of the load.
    PipelinedEvents<JsonEvent> pipelined = PipelinedEvents.forText(parsed, source.text().length(), pipelineChars,
        source.displayPath());
    Iterator<JsonEvent> events = pipelined == null ? parsed : pipelined;
    LineColumns lines = new LineColumns(source.text());
    try {
      while (events.hasNext()) {
        events.next().feed(builder, lines);
      }
      if (builder.root() != null) {
        documents.add(new Document(source, 1, builder.root(), builder.index()));
      }
    } catch (LoadAbort abort) {
      findings.add(abort.finding());
    } finally {
      if (pipelined != null) {
        pipelined.close();
      }
    }
  }

  /**
   * A token as the tree builder takes it: for a value the node, and where it is, either as offsets ({@code from},
   * and {@code to} for a value) for the builder's thread to turn into lines and columns, or from Jackson
   * ({@code start}, or {@code range} for a value) once the scan has lost its way.
   */
  record JsonEvent(JsonToken token, JsonNode node, String name, int from, int to, SourcePosition start, SourceRange range) {
    static JsonEvent at(JsonToken token, JsonNode node, String name, int from, int to) {
      return new JsonEvent(token, node, name, from, to, null, null);
    }

    void feed(TreeBuilder builder, LineColumns lines) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> builder.startContainer(token == JsonToken.START_OBJECT, start != null ? start : lines.at(from), null);
        case END_OBJECT, END_ARRAY -> builder.endContainer(start != null ? start : lines.at(from));
        // JSON values are never mapping keys (FIELD_NAME is), so the builder needs no key text for them.
        default -> builder.scalar(node, name, false, range != null ? range : new SourceRange(lines.at(from), lines.at(to)), null);
      }
    }
  }

  /**
   * The parser's tokens as events, with positions from the scan while it agrees with the parser and from Jackson
   * after; a parser error ends the events with a {@link LoadAbort} that carries its finding.
   */
  private static final class JsonEvents implements Iterator<JsonEvent> {
    private final JsonParser parser;
    private final String text;
    private JsonTokenPositions positions;
    private JsonEvent ahead;
    private boolean ended;

    JsonEvents(JsonParser parser, String text) {
      this.parser = parser;
      this.text = text;
      this.positions = new JsonTokenPositions(text);
    }

    @Override
    public boolean hasNext() {
      if (ahead == null && !ended) {
        try {
          JsonToken token = parser.nextToken();
          if (token == null) {
            ended = true;
            parser.close();
          } else {
            ahead = positions != null ? scanned(parser, token, positions) : null;
            if (ahead == null) {
              positions = null;
              ahead = located(parser, token);
            }
          }
        } catch (JsonProcessingException e) {
          ended = true;
          throw new LoadAbort(problem(e, parser, text));
        } catch (IOException e) {
          ended = true;
          throw new LoadAbort(unreadable(e));
        }
      }
      return ahead != null;
    }

    @Override
    public JsonEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JsonEvent event = ahead;
      ahead = null;
      return event;
    }
  }

  /** The finding for a failure to read that Jackson does not locate. */
  private static Finding unreadable(IOException e) {
    return Finding.of(LoadDiagnostics.SYNTAX, "JSON error: " + e.getMessage(), SourceRange.FILE_START, null);
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

  /** The token with positions from the scan; null when it is not where the scan expects it. */
  private static JsonEvent scanned(JsonParser parser, JsonToken token, JsonTokenPositions positions) throws IOException {
    int start = positions.nextToken();
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (!positions.expect(start, token == JsonToken.START_OBJECT ? "{" : "[")) {
          return null;
        }
        positions.consumed(start + 1);
        return JsonEvent.at(token, null, null, start, start + 1);
      }
      case END_OBJECT, END_ARRAY -> {
        if (!positions.expect(start, token == JsonToken.END_OBJECT ? "}" : "]")) {
          return null;
        }
        positions.consumed(start + 1);
        return JsonEvent.at(token, null, null, start + 1, start + 1);
      }
      case FIELD_NAME, VALUE_STRING -> {
        if (!positions.expect(start, "\"")) {
          return null;
        }
        int end = positions.stringEnd(start);
        String name = token == JsonToken.FIELD_NAME ? parser.currentName() : null;
        JsonNode node = name != null ? NODES.textNode(name) : value(parser, token);
        positions.consumed(end);
        return JsonEvent.at(token, node, name, start, end);
      }
      default -> {
        if (!positions.expect(start, "-0123456789tfn")) {
          return null;
        }
        int end = positions.literalEnd(start);
        positions.consumed(end);
        return JsonEvent.at(token, value(parser, token), null, start, end);
      }
    }
  }

  /** The token with Jackson's own locations. */
  private static JsonEvent located(JsonParser parser, JsonToken token) throws IOException {
    SourcePosition start = position(parser.currentTokenLocation());
    return switch (token) {
      case START_OBJECT, START_ARRAY -> new JsonEvent(token, null, null, 0, 0, start, null);
      case END_OBJECT, END_ARRAY -> new JsonEvent(token, null, null, 0, 0, position(parser.currentLocation()), null);
      case FIELD_NAME -> new JsonEvent(token, NODES.textNode(parser.currentName()), parser.currentName(), 0, 0, null, range(start, parser));
      default -> new JsonEvent(token, value(parser, token), null, 0, 0, null, range(start, parser));
    };
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
