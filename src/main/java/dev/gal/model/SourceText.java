package dev.gal.model;

import java.util.ArrayList;
import java.util.List;

/** The decoded text of one input file, kept for code frames in reports. */
public final class SourceText {
  private final String displayPath;
  private final String text;
  private List<String> lines;

  public SourceText(String displayPath, String text) {
    this.displayPath = displayPath;
    this.text = text;
  }

  /** The path as the user named it, with forward slashes. */
  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** The 1-based line, without its terminator, or "" past the end. */
  public String line(int number) {
    List<String> all = lines();
    return number >= 1 && number <= all.size() ? all.get(number - 1) : "";
  }

  private List<String> lines() {
    if (lines == null) {
      List<String> split = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          split.add(text.substring(start, i));
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      split.add(text.substring(start));
      lines = split;
    }
    return lines;
  }
}
