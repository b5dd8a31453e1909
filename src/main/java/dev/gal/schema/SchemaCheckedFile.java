package dev.gal.schema;

import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a one-document YAML file of gal's own (a lint config, a rule pack) and
 * validates it against its schema. Such files are settings, not lint input, so
 * their problems come back as path:line:col: message lines for a usage error.
 */
public record SchemaCheckedFile(Document document, List<String> problems) {
  public static SchemaCheckedFile read(Loader loader, Path file, String display, String what, SchemaStage schema) {
    LoadResult loaded;
    try {
      loaded = loader.load(file, display);
    } catch (IOException e) {
      return failed(display + ": cannot read the " + what + ": " + e.getMessage());
    }
    List<Finding> findings = new ArrayList<>(loaded.findings());
    if (findings.isEmpty() && loaded.documents().size() != 1) {
      return failed(display + ": a " + what + " is one YAML document");
    }
    if (findings.isEmpty()) {
      findings.addAll(schema.validate(loaded.documents().get(0)));
    }
    if (!findings.isEmpty()) {
      findings.sort(Finding.ORDER);
      return new SchemaCheckedFile(null, findings.stream().map(f -> "%s:%d:%d: %s".formatted(display,
          f.range().start().line(), f.range().start().column(), f.message())).toList());
    }
    return new SchemaCheckedFile(loaded.documents().get(0), List.of());
  }

  private static SchemaCheckedFile failed(String problem) {
    return new SchemaCheckedFile(null, List.of(problem));
  }
}
