package dev.gal.cli;

import java.io.PrintWriter;

/**
 * Where the CLI prints, whether stdout may show colour, and whether stderr is
 * a terminal (for the progress line). Tests pass their own.
 */
record Console(PrintWriter out, PrintWriter err, boolean colorAllowed, boolean stderrTerminal) {
  Console(PrintWriter out, PrintWriter err, boolean colorAllowed) {
    this(out, err, colorAllowed, false);
  }
}
