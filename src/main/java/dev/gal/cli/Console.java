package dev.gal.cli;

import java.io.PrintWriter;

/** Where the CLI prints, and whether the terminal may show colour. Tests pass their own. */
record Console(PrintWriter out, PrintWriter err, boolean colorAllowed) {}
