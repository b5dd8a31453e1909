package dev.gal.engine;

import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import dev.gal.suppress.SuppressedFinding;
import java.nio.file.Path;
import java.util.List;

/**
 * The findings for one input file, sorted by position; path is null for
 * in-memory input. {@code omitted} holds the findings that --max-findings
 * kept out of the output: they still count in the summary and the exit code.
 * {@code fixed} says what --fix did, and is null when it did not run.
 */
public record FileReport(Path path, SourceText source, List<Finding> findings, List<SuppressedFinding> suppressed,
    List<Finding> omitted, Fixed fixed) {
  public FileReport(Path path, SourceText source, List<Finding> findings, List<SuppressedFinding> suppressed,
      List<Finding> omitted) {
    this(path, source, findings, suppressed, omitted, null);
  }

  public FileReport(Path path, SourceText source, List<Finding> findings) {
    this(path, source, findings, List.of(), List.of());
  }

  public FileReport(Path path, SourceText source, List<Finding> findings, List<SuppressedFinding> suppressed) {
    this(path, source, findings, suppressed, List.of());
  }

  public String displayPath() {
    return source.displayPath();
  }

  public FileReport withFixed(Fixed what) {
    return new FileReport(path, source, findings, suppressed, omitted, what);
  }

  /** The shown findings and those left out of the output by the findings cap. */
  public java.util.stream.Stream<Finding> allFindings() {
    return java.util.stream.Stream.concat(findings.stream(), omitted.stream());
  }
}
