package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gal.TestSupport;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.model.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader scans JSON text for token positions instead of asking Jackson.
 * This compares both, node by node: every value's start and end, and every
 * key's start, must be where Jackson's own locations put them, with columns
 * counted in code points, as gal counts them, where Jackson counts chars.
 */
class JsonTokenPositionsTest {
  static Stream<String> documents() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "{\"a\" :  \"x\\\"y\\\\\" , \"bb\": [1, true,\n {\"c\":null}],\r\n \"d\": {}, \"e\": -1.5E+3, \"f\": []}",
        "{\"lone\":\r\"cr\",\r\"k\": [\r\r1]}",
        "[\n  {\"caf\u00e9 \u2713\": \"\ud83d\ude00 emoji\", \"n\": 0.5e-2},\n  false,\n  \"\\u00e9\\n\"\n]\n",
        "{\"deep\": [[[[{\"x\": [[]]}]]]], \"empty\": \"\", \"t\": \"tab\\there\"}",
        "\uFEFF{\"bom\": 1}"));
    for (Path root : List.of(TestSupport.root().resolve("fixtures"), TestSupport.root().resolve("src/main/resources"),
        TestSupport.corpus())) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
          }
        }
      }
    }
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void positionsMatchJacksonLocations(String text) throws IOException {
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(text.getBytes(StandardCharsets.UTF_8), "doc.json");
    if (!loaded.findings().isEmpty()) {
      return;  // a fixture that is broken on purpose; its positions come from Jackson's error
    }
    Document document = loaded.documents().get(0);
    Map<JsonPointer, SourcePosition[]> expected = jacksonPositions(loaded.source().text());
    assertFalse(expected.isEmpty());
    for (Map.Entry<JsonPointer, SourcePosition[]> entry : expected.entrySet()) {
      NodeLocation location = document.positions().exact(entry.getKey());
      SourcePosition[] want = entry.getValue();
      assertEquals(want[0], location.value().start(), "value start of " + entry.getKey());
      assertEquals(want[1], location.value().end(), "value end of " + entry.getKey());
      if (want[2] != null) {
        assertEquals(want[2], location.key().start(), "key start of " + entry.getKey());
      }
    }
  }

  /** Value start, value end and key start of every node, from Jackson's token locations. */
  private static Map<JsonPointer, SourcePosition[]> jacksonPositions(String text) throws IOException {
    Map<JsonPointer, SourcePosition[]> positions = new LinkedHashMap<>();
    Deque<JsonPointer> containers = new ArrayDeque<>();
    Deque<Integer> nextIndex = new ArrayDeque<>();
    Deque<SourcePosition[]> open = new ArrayDeque<>();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      String key = null;
      SourcePosition keyStart = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          key = parser.currentName();
          keyStart = position(parser.currentTokenLocation(), text);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          containers.pop();
          nextIndex.pop();
          open.pop()[1] = position(parser.currentLocation(), text);
          continue;
        }
        JsonPointer pointer;
        if (containers.isEmpty()) {
          pointer = JsonPointer.root();
        } else if (key != null) {
          pointer = containers.peek().append(key);
        } else {
          int index = nextIndex.pop();
          nextIndex.push(index + 1);
          pointer = containers.peek().append(index);
        }
        SourcePosition[] entry = {position(parser.currentTokenLocation(), text), null, key != null ? keyStart : null};
        positions.put(pointer, entry);
        key = null;
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          containers.push(pointer);
          nextIndex.push(0);
          open.push(entry);
        } else {
          parser.getText();  // completes the token, so that the current location is its end
          entry[1] = position(parser.currentLocation(), text);
        }
      }
    }
    return positions;
  }

  private static SourcePosition position(JsonLocation location, String text) {
    int offset = (int) location.getCharOffset();
    int lineStart = offset - (location.getColumnNr() - 1);
    return new SourcePosition(location.getLineNr(), text.codePointCount(lineStart, offset) + 1);
  }
}
