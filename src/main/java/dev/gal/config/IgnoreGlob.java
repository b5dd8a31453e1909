package dev.gal.config;

import java.util.regex.Pattern;

/**
 * A files pattern of a lint config's ignore list, read as a gitignore line is:
 * '*' and '?' never cross '/', '**&#47;' is zero or more folders, a pattern
 * with no '/' but a trailing one matches at any depth, a leading '/' anchors
 * it to the config's folder, and a trailing '/' matches only a folder. A
 * pattern that matches a folder matches everything below it. '{a,b}', which
 * the Java globs of earlier versions accepted, still means a or b.
 */
public final class IgnoreGlob {
  private final String text;
  private final boolean folderOnly;
  private final Pattern pattern;

  public IgnoreGlob(String text) {
    this.text = text;
    String glob = text;
    folderOnly = glob.endsWith("/");
    glob = glob.replaceAll("/+$", "");
    boolean anchored = glob.contains("/");
    glob = glob.startsWith("/") ? glob.substring(1) : glob;
    pattern = Pattern.compile((anchored ? "" : "(?:.*/)?") + new Translation(glob).regex());
  }

  /** Whether the file at this path, relative to the config's folder with '/' separators, matches. */
  public boolean matches(String relativePath) {
    if (pattern.matcher(relativePath).matches() && !folderOnly) {
      return true;
    }
    // A matching folder takes everything below it along, as in gitignore.
    for (int slash = relativePath.indexOf('/'); slash > 0; slash = relativePath.indexOf('/', slash + 1)) {
      if (pattern.matcher(relativePath.substring(0, slash)).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Turns the glob into a regular expression, one character or '**' at a time. */
  private static final class Translation {
    private final String glob;
    private final StringBuilder regex = new StringBuilder();
    private int at;
    private int openBraces;

    Translation(String glob) {
      this.glob = glob;
    }

    String regex() {
      while (at < glob.length()) {
        char c = glob.charAt(at);
        if (glob.startsWith("**", at) && startsSegment()) {
          doubleStar();
        } else {
          at++;
          single(c);
        }
      }
      regex.append(")".repeat(openBraces));
      return regex.toString();
    }

    private boolean startsSegment() {
      return at == 0 || glob.charAt(at - 1) == '/';
    }

    /** '**' as a whole segment; elsewhere it is an ordinary '*', as in gitignore. */
    private void doubleStar() {
      at += 2;
      if (at == glob.length()) {
        regex.append(".*");
      } else if (glob.charAt(at) == '/') {
        at++;
        regex.append("(?:.*/)?");
      } else {
        regex.append("[^/]*");
      }
    }

    private void single(char c) {
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        case '[' -> characterClass();
        case '\\' -> regex.append(at < glob.length() ? Pattern.quote(String.valueOf(glob.charAt(at++))) : "\\\\");
        case '{' -> {
          openBraces++;
          regex.append("(?:");
        }
        case ',' -> regex.append(openBraces > 0 ? "|" : ",");
        case '}' -> {
          if (openBraces > 0) {
            openBraces--;
            regex.append(')');
          } else {
            regex.append("\\}");
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }

    /** '[abc]', '[a-z]', '[!a]' or '[^a]', never matching '/'; an unclosed '[' is itself. */
    private void characterClass() {
      int close = glob.indexOf(']', at + (glob.startsWith("!", at) || glob.startsWith("^", at) ? 2 : 1));
      if (close < 0) {
        regex.append("\\[");
        return;
      }
      boolean negated = glob.charAt(at) == '!' || glob.charAt(at) == '^';
      StringBuilder members = new StringBuilder();
      for (char m : glob.substring(negated ? at + 1 : at, close).toCharArray()) {
        members.append(m == '-' ? "-" : Character.isLetterOrDigit(m) ? String.valueOf(m) : "\\" + m);
      }
      regex.append(negated ? "[^/" + members + "]" : "(?!/)[" + members + "]");
      at = close + 1;
    }
  }
}
