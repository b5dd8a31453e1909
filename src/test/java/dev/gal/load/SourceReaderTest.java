package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gal.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fast lenient decode must give the same answers as the exact checks it stands in for. */
class SourceReaderTest {
  private static SourceReader.Decoded decode(byte[] bytes) {
    return SourceReader.decode(bytes);
  }

  @Test
  void validUtf8IsDecodedAndTheByteOrderMarkDropped() {
    SourceReader.Decoded decoded = decode("\uFEFFname: caf\u00e9 \u2713\n".getBytes(StandardCharsets.UTF_8));
    assertNull(decoded.problem());
    assertEquals("name: caf\u00e9 \u2713\n", decoded.text());
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() {
    SourceReader.Decoded decoded = decode("a: \"\uFFFD\"\n".getBytes(StandardCharsets.UTF_8));
    assertNull(decoded.problem());
    assertEquals("a: \"\uFFFD\"\n", decoded.text());
  }

  @Test
  void malformedBytesAreLocated() {
    byte[] bytes = "a: 1\nbb: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    SourceReader.Decoded decoded = decode(bytes);
    assertEquals(LoadDiagnostics.ENCODING, decoded.problem().rule());
    assertEquals(new SourcePosition(2, 5), decoded.problem().range().start());
  }

  @Test
  void encodedSurrogatesAreNotUtf8() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    assertEquals(LoadDiagnostics.ENCODING, decode(bytes).problem().rule());
  }

  @Test
  void aNulByteMakesTheFileBinary() {
    byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', 0, '\n'};
    SourceReader.Decoded decoded = decode(bytes);
    assertEquals(LoadDiagnostics.BINARY, decoded.problem().rule());
    assertEquals(new SourcePosition(2, 2), decoded.problem().range().start());
  }
}
