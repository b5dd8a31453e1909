package dev.gal.cli;

import java.util.List;

/** A problem with what the user asked for: printed line by line, exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  UsageException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  UsageException(String line) {
    this(List.of(line));
  }

  List<String> lines() {
    return lines;
  }
}
