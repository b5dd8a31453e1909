package dev.gal.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point, and the only place that exits the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean color = isTerminal("gal.stdout.tty") && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    boolean progress = isTerminal("gal.stderr.tty") && System.getenv("CI") == null;
    int code = run(args, new Console(out, err, color, progress));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Whether stdout (or stderr) is a terminal. bin/gal knows for certain ([ -t 1 ],
   * [ -t 2 ]) and passes it on; otherwise System.console() is the JDK 17 answer,
   * and from JDK 22, where a console exists even when output is redirected,
   * isTerminal().
   */
  private static boolean isTerminal(String property) {
    String told = System.getProperty(property);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Runs one command line and returns the exit code; never throws. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, new Console(out, err, false));
  }

  static int run(String[] args, Console console) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug") || System.getenv("GAL_DEBUG") != null;
    CommandLine commandLine = new CommandLine(GalCommand.spec());
    String first = args.length == 0 ? "" : args[0];
    boolean one = GalCommand.SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion");
    // The version needs no subcommand at all.
    boolean none = args.length == 1 && (first.equals("--version") || first.equals("-V"));
    for (java.util.Map.Entry<String, java.util.function.Function<Console, Object>> command : GalCommand.SUBCOMMANDS.entrySet()) {
      if (!none && (!one || command.getKey().equals(first))) {
        commandLine.addSubcommand(command.getKey(), command.getValue().apply(console));
      }
    }
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(console.out());
    commandLine.setErr(console.err());
    commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    commandLine.setParameterExceptionHandler((e, a) -> {
      console.err().println("gal: " + e.getMessage());
      // Every command, nested ones too, has --help; 'gal help' knows only the first level.
      console.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE.code();
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      // A file that cannot be read or written is the user's to fix, not a bug in gal.
      java.io.IOException io = e instanceof java.io.IOException direct ? direct
          : e instanceof java.io.UncheckedIOException wrapped ? wrapped.getCause() : null;
      console.err().println("gal: " + (io != null ? dev.gal.io.IoProblems.describe(io)
          : "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      if (debug) {
        e.printStackTrace(console.err());
      } else if (io == null) {
        console.err().println("gal: run again with --debug to see the stack trace, and please report it.");
      }
      return ExitCode.USAGE.code();
    });
    int code = commandLine.execute(args);
    console.out().flush();
    console.err().flush();
    return code;
  }
}
