package dev.gal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns swagger-parser's plain-text message locations, such as
 * "paths.'/pets/{id}'(get).responses", into JSON pointers for our position index.
 */
final class ParserMessages {
  private static final Pattern ATTRIBUTE = Pattern.compile("^attribute (\\S+)");
  private static final Pattern LEADING = Pattern.compile("^([A-Za-z0-9_$.'/{}+(),:-]+?)\\.? ");

  private ParserMessages() {}

  static JsonPointer pointer(String message) {
    Matcher m = ATTRIBUTE.matcher(message);
    String location = m.find() ? m.group(1) : null;
    if (location == null) {
      Matcher lead = LEADING.matcher(message);
      location = lead.find() ? lead.group(1) : "";
    }
    JsonPointer pointer = JsonPointer.root();
    for (String segment : segments(location)) {
      pointer = pointer.append(segment);
    }
    return pointer;
  }

  /**
   * swagger-parser's Swagger 2.0 reader calls an empty responses object
   * missing; a finding must say what the document has.
   */
  static String corrected(String message, JsonPointer pointer, JsonNode root) {
    JsonNode node = root.at(pointer.toString());
    boolean present = !node.isMissingNode() && (node.isNull() || node.isContainerNode() && node.isEmpty());
    return present && message.endsWith(" is missing") ? message.substring(0, message.length() - "missing".length()) + "empty" : message;
  }

  /**
   * Resolves "[name]" segments, swagger-parser's way of naming a parameter, to
   * the index of the parameter of that name in the list at that place.
   */
  static JsonPointer resolveParameters(JsonPointer pointer, JsonNode root) {
    JsonPointer resolved = JsonPointer.root();
    for (String segment : pointer.segments()) {
      if (segment.startsWith("[") && segment.endsWith("]")) {
        String name = segment.substring(1, segment.length() - 1);
        // Swagger 2.0 messages say (get).[name], OpenAPI 3 messages (get).parameters.[name].
        JsonPointer list = resolved.lastSegment().equals("parameters") ? resolved : resolved.append("parameters");
        JsonNode parameters = root.at(list.toString());
        for (int i = 0; i < parameters.size(); i++) {
          if (name.equals(parameters.get(i).path("name").asText())) {
            resolved = list.append(i);
            break;
          }
        }
        continue;
      }
      resolved = resolved.append(segment);
    }
    return resolved;
  }

  /** Splits on dots outside quotes; name(method) becomes name, method. */
  static List<String> segments(String location) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < location.length(); i++) {
      char c = location.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        flush(current, segments);
      } else if (c == '(' && !quoted) {
        flush(current, segments);
        int close = location.indexOf(')', i);
        if (close > i) {
          segments.add(location.substring(i + 1, close));
          i = close;
        }
      } else {
        current.append(c);
      }
    }
    flush(current, segments);
    return segments;
  }

  private static void flush(StringBuilder current, List<String> segments) {
    if (current.length() > 0) {
      segments.add(current.toString());
      current.setLength(0);
    }
  }
}
