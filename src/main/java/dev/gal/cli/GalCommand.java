package dev.gal.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The root command, gal, and the subcommands it can have. */
final class GalCommand {
  private GalCommand() {}

  /**
   * The subcommands, by name: each made for a run's console. Main adds only the
   * one a command line names, since building every model costs time at each
   * start; help, completion and unknown input get all. A value is a
   * {@link CommandSpec}, or a class whose annotations picocli reads.
   */
  static final Map<String, Function<Console, Object>> SUBCOMMANDS = subcommands();

  /** gal's own model, without its subcommands. */
  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name("gal").versionProvider(new VersionProvider());
    spec.usageMessage().description("Makes AWS API Gateway configs safe to ship: lints GAL configs against what AWS accepts.");
    ExitCode.listIn(spec, "no finding at or above --fail-on",
        "at least one finding at or above --fail-on",
        "usage error, missing or unreadable path, or internal failure");
    CommandOptions options = new CommandOptions(spec);
    // Declared once for every command (INHERIT), so that the parser accepts it anywhere and each command's help
    // lists it. Main.run reads it from the arguments, together with GAL_DEBUG, so the value is not kept.
    options.inheritedFlag("--debug", v -> { },
        "Print the stack trace of an internal error, for a bug report (GAL_DEBUG=1 does the same).");
    options.standardHelp();
    return spec;
  }

  private static Map<String, Function<Console, Object>> subcommands() {
    Map<String, Function<Console, Object>> commands = new LinkedHashMap<>();
    commands.put("lint", console -> new LintCommand(console).spec());
    commands.put("export", console -> new ExportCommand(console).spec());
    commands.put("import", console -> new ImportCommand(console).spec());
    commands.put("export-check", console -> new ExportCheckCommand(console).spec());
    commands.put("rules", console -> new RulesCommand(console).spec());
    // The protocol's bytes go to stdout itself; the console's writer is for text.
    commands.put("lsp", console -> new LspCommand(console, System.in, System.out).spec());
    commands.put("completion", console -> new CompletionCommand(console).spec());
    commands.put("warm-up", console -> new WarmUpCommand().spec());
    // picocli's own, from its annotations: only gal help, completion and unknown input build it.
    commands.put("help", console -> CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }
}
