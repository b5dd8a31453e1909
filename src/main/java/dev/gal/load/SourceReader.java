package dev.gal.load;

import dev.gal.model.SourcePosition;
import dev.gal.model.SourceRange;
import dev.gal.rule.Finding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or into the finding that says why it is
 * not text: binary content, UTF-16/32, or bytes that are not UTF-8.
 */
final class SourceReader {
  /** The decoded text, or the finding that stopped decoding. */
  record Decoded(String text, Finding problem) {}

  private SourceReader() {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return problem(LoadDiagnostics.ENCODING,
          "the file starts with a UTF-16 or UTF-32 byte order mark; re-save it as UTF-8", SourcePosition.START);
    }
    // The JDK's lenient decoding is intrinsified and much faster than a CharsetDecoder; it turns bad
    // bytes into U+FFFD, so only text that holds U+FFFD or NUL needs the exact, slower checks below.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0 && lenient.indexOf('\u0000') < 0) {
      return new Decoded(lenient.startsWith("\uFEFF") ? lenient.substring(1) : lenient, null);
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return problem(LoadDiagnostics.BINARY,
          "NUL byte at offset %d: this is a binary file, not YAML or JSON".formatted(nul), positionOf(bytes, nul));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      return problem(LoadDiagnostics.ENCODING,
          "byte 0x%02X at offset %d is not valid UTF-8; re-save the file as UTF-8"
              .formatted(bytes[offset] & 0xFF, offset),
          positionOf(bytes, offset));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
  }

  private static Decoded problem(dev.gal.rule.RuleMeta rule, String message, SourcePosition at) {
    return new Decoded(null, Finding.of(rule, message, SourceRange.at(at), null));
  }

  private static boolean startsWith(byte[] bytes, int b0, int b1) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Line and code-point column of a byte offset, from the valid UTF-8 before it. */
  private static SourcePosition positionOf(byte[] bytes, int offset) {
    String prefix;
    try {
      prefix = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, 0, offset)).toString();
    } catch (CharacterCodingException e) {
      prefix = "";
    }
    String text = prefix.startsWith("\uFEFF") ? prefix.substring(1) : prefix;
    return TextPositions.at(text, text.length());
  }
}
