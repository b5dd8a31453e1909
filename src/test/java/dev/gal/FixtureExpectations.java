package dev.gal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a bad fixture expects: "# expect: ID ["message fragment"][, ...]"
 * markers at the end of lines, or a sidecar NAME.expect.yaml listing
 * {rule, line or pointer, message} for files that cannot hold comments (JSON,
 * binary, empty files). A fragment is a piece of the finding's message, so a
 * fixture proves what the rule says, not only that it fired.
 */
public final class FixtureExpectations {
  private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*(.*)$");
  private static final Pattern ENTRY = Pattern.compile("\\G\\s*,?\\s*([A-Z][A-Z0-9-]+)(?:\\s+\"([^\"]*)\")?");

  /**
   * One expected finding: the rule, the 1-based line it is reported on, and
   * a fragment of its message (empty when the marker gives none). Equality
   * and order are by line and rule; the fragment is checked separately.
   */
  public record Expected(String rule, int line, String fragment) implements Comparable<Expected> {
    public Expected(String rule, int line) {
      this(rule, line, "");
    }

    @Override
    public int compareTo(Expected o) {
      return line != o.line ? Integer.compare(line, o.line) : rule.compareTo(o.rule);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Expected e && e.rule.equals(rule) && e.line == line;
    }

    @Override
    public int hashCode() {
      return rule.hashCode() * 31 + line;
    }

    @Override
    public String toString() {
      return "line " + line + ": " + rule;
    }
  }

  private FixtureExpectations() {}

  static Path sidecar(Path fixture) {
    String name = fixture.getFileName().toString();
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return fixture.resolveSibling(stem + ".expect.yaml");
  }

  public static List<Expected> of(Path fixture) throws IOException {
    List<Expected> expected = new ArrayList<>();
    Path sidecar = sidecar(fixture);
    if (Files.exists(sidecar)) {
      JsonNode entries = new ObjectMapper(new YAMLFactory()).readTree(sidecar.toFile());
      for (JsonNode entry : entries) {
        String rule = entry.path("rule").asText();
        int line = entry.has("line") ? entry.get("line").asInt() : lineOfPointer(fixture, entry.path("pointer").asText());
        expected.add(new Expected(rule, line, entry.path("message").asText("")));
      }
      return expected;
    }
    // Markers are read from leniently decoded text, so that fixtures with
    // invalid bytes can still mark their own lines.
    String text = new String(Files.readAllBytes(fixture), StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find()) {
        expected.addAll(parseMarker(m.group(1), i + 1, fixture));
      }
    }
    return expected;
  }

  static List<Expected> parseMarker(String marker, int line, Path fixture) {
    List<Expected> entries = new ArrayList<>();
    Matcher entry = ENTRY.matcher(marker);
    int end = 0;
    while (entry.find()) {
      entries.add(new Expected(entry.group(1), line, entry.group(2) == null ? "" : entry.group(2)));
      end = entry.end();
    }
    if (entries.isEmpty() || !marker.substring(end).isBlank()) {
      throw new AssertionError(fixture + ":" + line + ": cannot read the expect marker '" + marker
          + "'; write ID \"message fragment\", separated by commas");
    }
    return entries;
  }

  private static int lineOfPointer(Path fixture, String pointer) throws IOException {
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(fixture, fixture.getFileName().toString());
    Document document = loaded.documents().get(0);
    if (document.positions().exact(JsonPointer.parse(pointer)) == null) {
      throw new AssertionError(fixture + ": sidecar pointer " + pointer + " names nothing in the file");
    }
    return document.positions().locate(JsonPointer.parse(pointer)).value().start().line();
  }
}
