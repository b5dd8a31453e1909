package dev.gal.lsp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The base protocol of LSP: each message is a JSON-RPC object after a
 * Content-Length header. Reading never throws on bad input: a frame that
 * cannot be parsed comes back as a {@link Frame} with a problem, so that the
 * server can answer it and go on.
 */
final class MessageChannel {
  /** Larger messages are skipped unread: no editor sends a 64 MB document, and reading one would hold it all. */
  static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

  /** One frame read: its message, or why there is none. {@code end} is true at end of input. */
  record Frame(JsonNode message, String problem, boolean end) {
    static final Frame END = new Frame(null, null, true);
  }

  private final InputStream in;
  private final OutputStream out;
  private final ObjectMapper json;

  MessageChannel(InputStream in, OutputStream out, ObjectMapper json) {
    this.in = in;
    this.out = out;
    this.json = json;
  }

  Frame read() throws IOException {
    long length = -1;
    boolean sawHeader = false;
    while (true) {
      String line = readHeaderLine();
      if (line == null) {
        return Frame.END;
      }
      if (line.isEmpty()) {
        if (sawHeader) {
          break;
        }
        continue;
      }
      sawHeader = true;
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        try {
          length = Long.parseLong(line.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
          length = -1;
        }
      }
    }
    if (length < 0) {
      return new Frame(null, "a message without a valid Content-Length header", false);
    }
    if (length > MAX_MESSAGE_BYTES) {
      if (!skip(length)) {
        return Frame.END;
      }
      return new Frame(null, "a message of %d bytes, over the limit of %d".formatted(length, MAX_MESSAGE_BYTES), false);
    }
    byte[] body = in.readNBytes((int) length);
    if (body.length < length) {
      return Frame.END;
    }
    try {
      return new Frame(json.readTree(body), null, false);
    } catch (JsonProcessingException e) {
      return new Frame(null, "a message that is not JSON: " + e.getOriginalMessage(), false);
    }
  }

  /** Skips the body of a message; false when input ends first. */
  private boolean skip(long length) throws IOException {
    long skipped = 0;
    while (skipped < length) {
      long n = in.skip(length - skipped);
      if (n <= 0) {
        if (in.read() < 0) {
          return false;
        }
        n = 1;
      }
      skipped += n;
    }
    return true;
  }

  /** A header line without its CRLF, or null at end of input. Header lines are ASCII. */
  private String readHeaderLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      if (line.size() < 8192) {
        line.write(b);
      }
    }
  }

  /** Writes one message; callers on several threads each get a whole frame out. */
  synchronized void write(JsonNode message) throws IOException {
    byte[] body = json.writeValueAsBytes(message);
    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }
}
