package dev.gal.schema;

import dev.gal.load.LoadDiagnostics;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a one-document YAML file of gal's own (a lint config, a rule pack) and
 * validates it against its schema. Such files are settings, not lint input, so
 * their problems go to a {@link SettingsProblems} for a usage error.
 */
public final class SchemaCheckedFile {
  private SchemaCheckedFile() {}

  /**
   * The document, whenever the file could be parsed, even when it breaks the
   * schema: the caller then looks for the problems the schema cannot see, so
   * that one run reports them all. An empty file (or one of only comments)
   * reads as an empty mapping when the schema accepts that.
   */
  public static Optional<Document> read(Loader loader, Path file, String display, String what, SchemaStage schema,
      SettingsProblems problems) {
    LoadResult loaded;
    try {
      loaded = loader.load(file, display);
    } catch (NoSuchFileException e) {
      problems.add(display, "cannot read the %s: there is no such file".formatted(what));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(display, "cannot read the %s: %s".formatted(what, e.getMessage()));
      return Optional.empty();
    }
    if (isEmpty(loaded)) {
      Document empty = loader.load("{}".getBytes(StandardCharsets.UTF_8), display).documents().get(0);
      if (schema.validate(empty).isEmpty()) {
        return Optional.of(empty);
      }
      problems.add(display, "the %s is empty".formatted(what));
      return Optional.empty();
    }
    for (Finding finding : loaded.findings()) {
      problems.add(display, finding.range().start(), finding.rule() == LoadDiagnostics.ROOT_NOT_MAPPING
          ? "a %s is a mapping of keys, not a list or a single value".formatted(what) : finding.message());
    }
    if (loaded.documents().size() > 1) {
      problems.add(display, "a %s is one YAML document, not %d".formatted(what, loaded.documents().size()));
      return Optional.empty();
    }
    if (loaded.documents().isEmpty()) {
      return Optional.empty();
    }
    Document document = loaded.documents().get(0);
    schema.validate(document).forEach(f -> problems.add(display, f.range().start(), f.message()));
    return Optional.of(document);
  }

  private static boolean isEmpty(LoadResult loaded) {
    List<Finding> findings = loaded.findings();
    return loaded.documents().isEmpty() && findings.size() == 1 && findings.get(0).rule() == LoadDiagnostics.EMPTY;
  }
}
