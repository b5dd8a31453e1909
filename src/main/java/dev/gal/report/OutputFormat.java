package dev.gal.report;

import java.util.function.Supplier;

/** The output formats of gal lint; each makes its own reporter. */
public enum OutputFormat {
  TEXT(TextReporter::new),
  JSON(JsonReporter::new),
  SARIF(SarifReporter::new),
  GITHUB(GithubReporter::new),
  JUNIT(JunitReporter::new);

  private final Supplier<Reporter> factory;

  OutputFormat(Supplier<Reporter> factory) {
    this.factory = factory;
  }

  public Reporter reporter() {
    return factory.get();
  }
}
