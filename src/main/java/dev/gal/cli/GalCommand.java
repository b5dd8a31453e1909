package dev.gal.cli;

import picocli.CommandLine.Command;

@Command(
    name = "gal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Makes AWS API Gateway configs safe to ship: lints GAL configs against what AWS accepts.",
    subcommands = {LintCommand.class, ExportCommand.class, ImportCommand.class, ExportCheckCommand.class, RulesCommand.class, CompletionCommand.class, WarmUpCommand.class, picocli.CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  no finding at or above --fail-on",
        "  1  at least one finding at or above --fail-on",
        "  2  usage error, missing or unreadable path, or internal failure"})
final class GalCommand {}
