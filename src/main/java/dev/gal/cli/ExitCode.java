package dev.gal.cli;

/** The process exit codes, as documented in the README and in gal help lint. */
public enum ExitCode {
  /** No finding at or above --fail-on. */
  CLEAN(0),
  /** At least one finding at or above --fail-on. */
  FINDINGS(1),
  /** Usage error, missing or unreadable path, or a failure of the tool itself. */
  USAGE(2);

  /** The heading of the section that ends a command's help and lists its exit codes. */
  private static final String HEADING = "%nExit codes:%n";

  /** Ends a command's help with what each exit code means for it: 0, 1 and 2 in turn. */
  static void listIn(picocli.CommandLine.Model.CommandSpec spec, String clean, String findings, String usage) {
    spec.usageMessage().footerHeading(HEADING).footer("  0  " + clean, "  1  " + findings, "  2  " + usage);
  }

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
