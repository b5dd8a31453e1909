package dev.gal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "gal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Makes AWS API Gateway configs safe to ship: lints GAL configs against what AWS accepts.",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  no finding at or above --fail-on",
        "  1  at least one finding at or above --fail-on",
        "  2  usage error, missing or unreadable path, or internal failure"})
final class GalCommand {
  /**
   * Declared once for every command (INHERIT), so that the parser accepts it
   * anywhere and each command's help lists it. Main.run reads it from the
   * arguments, together with GAL_DEBUG.
   */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error, for a bug report (GAL_DEBUG=1 does the same).")
  private boolean debug;

  /**
   * The subcommands, by name. Main adds only the one a command line names, since
   * building picocli's model of every command by reflection costs tens of
   * milliseconds at each start; help, completion and unknown input get all.
   */
  static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static java.util.Map<String, Class<?>> subcommands() {
    java.util.Map<String, Class<?>> commands = new java.util.LinkedHashMap<>();
    commands.put("lint", LintCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("export-check", ExportCheckCommand.class);
    commands.put("rules", RulesCommand.class);
    commands.put("lsp", LspCommand.class);
    commands.put("completion", CompletionCommand.class);
    commands.put("warm-up", WarmUpCommand.class);
    commands.put("help", picocli.CommandLine.HelpCommand.class);
    return java.util.Collections.unmodifiableMap(commands);
  }
}
