package dev.gal.engine;

/** A problem of the run rather than of a file's content, such as an unreadable path. */
public record ToolNotice(Level level, String path, String message) {
  public enum Level {
    ERROR,
    WARNING,
    NOTE,
    /** Shown only with --verbose, on stderr; never in a report. */
    VERBOSE
  }
}
