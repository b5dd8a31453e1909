package dev.gal.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Computes SARIF primaryLocationLineHash values for one file: a hash of the
 * rule and the offending line's text (whitespace folded), plus an occurrence
 * counter. Line numbers are left out, so inserting unrelated lines above a
 * finding does not change its fingerprint.
 */
final class LineFingerprint {
  private final Map<String, Integer> occurrences = new HashMap<>();

  String next(String ruleId, String lineText) {
    String normalized = lineText.strip().replaceAll("\\s+", " ");
    String hash = sha256Prefix(ruleId + '\u0000' + normalized);
    int occurrence = occurrences.merge(hash, 1, Integer::sum);
    return hash + ":" + occurrence;
  }

  private static String sha256Prefix(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
