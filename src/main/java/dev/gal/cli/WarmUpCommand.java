package dev.gal.cli;

import dev.gal.report.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The launcher's training run for the class-data archive. It runs real
 * command lines (lint in every format, export to both targets, lint of the
 * exported OpenAPI document, import, export-check) over bundled samples in a temporary
 * folder, so that the archive holds the classes, lambdas and picocli set-up
 * of a user's run, not only the engine's. Hidden: it is not for users.
 */
final class WarmUpCommand implements Callable<Integer> {
  /** sample.yaml and sample.json hold findings of many rules; clean.yaml has none, so its export is linted too. */
  private static final String[] SAMPLES = {"sample.yaml", "sample.json", "clean.yaml"};

  /** The command's picocli model: no options, not even --help, and left out of gal's help. */
  CommandSpec spec() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("warm-up");
    spec.usageMessage().hidden(true).description("Training run for the start-up archive.");
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    Path folder = Files.createTempDirectory("gal-warm-up");
    try {
      List<String> files = new ArrayList<>();
      for (String sample : SAMPLES) {
        try (InputStream in = WarmUpCommand.class.getResourceAsStream("/dev/gal/warmup/" + sample)) {
          Files.write(folder.resolve(sample), in.readAllBytes());
        }
        files.add(folder.resolve(sample).toString());
      }
      for (OutputFormat format : OutputFormat.values()) {
        List<String> lint = new ArrayList<>(List.of("lint", "--format", format.name().toLowerCase(Locale.ROOT)));
        lint.addAll(files);
        run(lint);
      }
      String clean = folder.resolve("clean.yaml").toString();
      run(List.of("export", "-o", folder.resolve("clean.json").toString(), clean));
      run(List.of("export", "--target", "cloudformation", "-o", folder.resolve("template.json").toString(), clean));
      // The exported document trains the OpenAPI path: swagger-parser and the OpenAPI rules.
      run(List.of("lint", folder.resolve("clean.json").toString()));
      run(List.of("import", "-o", folder.resolve("imported.yaml").toString(), folder.resolve("clean.json").toString()));
      run(List.of("export-check", clean));
    } finally {
      deleteTree(folder);
    }
    return ExitCode.CLEAN.code();
  }

  private static void run(List<String> arguments) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    Main.run(arguments.toArray(String[]::new), nowhere, nowhere);
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
