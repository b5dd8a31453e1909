package dev.gal.report;

import dev.gal.engine.FileReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** How SARIF names the linted files: relative to the SARIF root where it can. */
public final class SarifPaths {
  private SarifPaths() {}

  /**
   * The file's path relative to the base directory, as a URI reference with
   * forward slashes. Code scanning rejects a relative URI that climbs out of
   * the repository ("../x"), so a file outside the base gets an absolute
   * file: URI instead (and the CLI says so).
   */
  static String artifactUri(FileReport file, Path baseDir) {
    if (file.path() == null) {
      return uriReference(file.displayPath());
    }
    if (!isUnder(file.path(), baseDir)) {
      return file.path().toAbsolutePath().normalize().toUri().toASCIIString();
    }
    return uriReference(baseDir.toAbsolutePath().normalize().relativize(file.path().toAbsolutePath().normalize()).toString());
  }

  /** Whether SARIF can name the file relative to the base directory. */
  public static boolean isUnder(Path file, Path baseDir) {
    return file.toAbsolutePath().normalize().startsWith(baseDir.toAbsolutePath().normalize());
  }

  private static String uriReference(String relative) {
    try {
      return new URI(null, null, relative.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return relative.replace('\\', '/');
    }
  }
}
