package dev.gal.builtin.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The written-out URL check says what the pattern it replaces says, on the edges of each of its parts. */
class HttpUriMalformedTest {
  private static final Pattern ABSOLUTE_HTTP_URL = Pattern.compile("(?i)https?://[^/\\s]+(/\\S*)?");

  @Test
  void agreesWithThePattern() {
    List<String> uris = List.of("https://api.example.com", "http://api.example.com/items/{id}", "HTTPS://A.B/c?d=e#f",
        "HtTp://host:8080/", "https://", "http://", "https:///path", "http:/host", "https:host", "ftp://host", "httpsx://host",
        "https://ho st/", "https://host/pa th", "https://host/path\t", "https://host\u000B", " https://host", "httpſ://host",
        "https://ſ/ok", "https://\uD83D\uDE00/emoji", "https://host//double", "arn:aws:apigateway:us-east-1:lambda:path/x", "",
        "h", "https://h", "http://h/", "https://host/\n");
    for (String uri : uris) {
      assertEquals(ABSOLUTE_HTTP_URL.matcher(uri).matches(), HttpUriMalformed.absoluteHttpUrl(uri), uri);
    }
  }
}
