package dev.gal.report;

/**
 * Makes untrusted text safe for a terminal: a crafted key or value must not
 * be able to move the cursor or change colours through escape sequences.
 */
final class TerminalText {
  private TerminalText() {}

  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
      if (control || c == '\t') {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        sb.append(c == '\t' ? " " : "\\u%04x".formatted((int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
