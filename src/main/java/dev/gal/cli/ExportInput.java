package dev.gal.cli;

import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.DocumentKind;
import dev.gal.model.GalConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What gal export and gal export-check take: exactly one GAL config with
 * provider aws_apigateway. Anything else is refused with what they accept,
 * before anything is written.
 */
final class ExportInput {
  private ExportInput() {}

  /**
   * The file's one document, or null when the file does not load (a syntax
   * error, which lint reports as a finding with its location).
   */
  static Document load(Path config) throws UsageException, IOException {
    requireFile(config);
    LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(config, config.toString().replace('\\', '/'));
    if (!loaded.findings().isEmpty()) {
      return null;
    }
    if (loaded.documents().size() != 1) {
      throw new UsageException("%s holds %d YAML documents; export takes one GAL config per file"
          .formatted(config, loaded.documents().size()));
    }
    Document document = loaded.documents().get(0);
    if (document.kind() == DocumentKind.OPENAPI) {
      throw new UsageException(("%s is an OpenAPI document; export takes a GAL config and writes the OpenAPI document "
          + "(to turn an OpenAPI document into a GAL config, run: gal import %s)").formatted(config, config));
    }
    if (!new GalConfig(document).targetsAws()) {
      var provider = document.root().path("provider");
      throw new UsageException(("%s has provider: %s; export writes AWS API Gateway documents and takes configs with "
          + "provider: aws_apigateway").formatted(config, provider.isMissingNode() ? "(none)" : provider.asText()));
    }
    return document;
  }

  static void requireFile(Path config) throws UsageException {
    if (Files.isDirectory(config)) {
      throw new UsageException("%s is a folder, not a GAL config file".formatted(config));
    }
    if (!Files.exists(config)) {
      throw new UsageException("%s: no such file".formatted(config));
    }
    if (!Files.isRegularFile(config)) {
      throw new UsageException("%s is not a regular file; a GAL config file is expected".formatted(config));
    }
    if (!Files.isReadable(config)) {
      throw new UsageException("%s could not be read: permission denied".formatted(config));
    }
  }
}
