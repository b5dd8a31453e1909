package dev.gal.engine;

import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import dev.gal.suppress.SuppressedFinding;
import java.nio.file.Path;
import java.util.List;

/** The findings for one input file, sorted by position; path is null for in-memory input. */
public record FileReport(Path path, SourceText source, List<Finding> findings, List<SuppressedFinding> suppressed) {
  public FileReport(Path path, SourceText source, List<Finding> findings) {
    this(path, source, findings, List.of());
  }

  public String displayPath() {
    return source.displayPath();
  }
}
