package dev.gal.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.io.CompactJson;
import dev.gal.model.Document;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a finding: a hash of its document number and the
 * offending value (or, without a pointer, the offending line with its
 * indentation removed). Neither line numbers nor indentation enter it.
 */
public final class BaselineKeys {
  private static final int LINE_KEY_CHARS = 4096;

  private BaselineKeys() {}

  public static String fingerprint(Finding finding, Document document, SourceText source) {
    if (finding.pointer() != null && document != null) {
      JsonNode node = document.root().at(finding.pointer().toString());
      return nodeFingerprint(document.number(), node);
    }
    return sha256("0\u0000" + lineKey(source.line(finding.range().start().line())));
  }

  /**
   * The hash of the document number and the node's compact JSON, the text JsonNode.toString gives, written
   * straight into the digest: a finding at the root of a 50 MB document would otherwise copy it three times.
   */
  static String nodeFingerprint(int documentNumber, JsonNode node) {
    MessageDigest digest = sha256();
    digest.update((documentNumber + "\u0000").getBytes(StandardCharsets.UTF_8));
    if (!node.isMissingNode()) {
      // An OutputStreamWriter encodes as String.getBytes does, a lone surrogate as '?' included.
      try (Writer out = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
          StandardCharsets.UTF_8)) {
        CompactJson.write(node, out);
      } catch (IOException e) {
        throw new UncheckedIOException("a digest stream does not fail", e);
      }
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 12);
  }

  /**
   * The line as the fingerprint sees it, from its first {@value #LINE_KEY_CHARS} characters: a
   * minified document is one line of megabytes, and hashing all of it for each finding made a
   * large file's report cost more than its lint.
   */
  private static String lineKey(String line) {
    return (line.length() > LINE_KEY_CHARS ? line.substring(0, LINE_KEY_CHARS) : line).strip().replaceAll("\\s+", " ");
  }

  public static Baseline.Entry entry(Finding finding, String file) {
    return new Baseline.Entry(finding.rule().id(), file, finding.pointer() == null ? "" : finding.pointerText(),
        finding.fingerprint() == null ? "" : finding.fingerprint());
  }

  /**
   * The file as a baseline names it: relative to the baseline's folder, with forward slashes, so that
   * the name does not depend on the current directory or on how the file was named on the command line.
   */
  public static String fileKey(Path baselineFolder, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return baselineFolder.relativize(absolute).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      // Another drive on Windows: there is no relative path to it.
      return absolute.toString().replace('\\', '/');
    }
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
