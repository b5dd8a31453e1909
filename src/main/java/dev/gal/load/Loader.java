package dev.gal.load;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourceRange;
import dev.gal.model.SourceText;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a file into documents with positions. Problems with the content are
 * findings; only an unreadable file is an exception, for the caller to report.
 */
public final class Loader {
  private final LoadLimits limits;

  public Loader(LoadLimits limits) {
    this.limits = limits;
  }

  public LoadLimits limits() {
    return limits;
  }

  public LoadResult load(Path path, String displayPath) throws IOException {
    long size = Files.size(path);
    if (size > limits.maxFileBytes()) {
      return tooLarge(size, displayPath);
    }
    return load(Files.readAllBytes(path), displayPath);
  }

  /** What loading a file of {@code size} bytes, over the size limit, gives: one finding, and nothing read. */
  public LoadResult tooLarge(long size, String displayPath) {
    return new LoadResult(new SourceText(displayPath, ""), List.of(), List.of(Finding.of(LoadDiagnostics.LIMIT,
        "file of %d bytes exceeds the size limit of %d bytes".formatted(size, limits.maxFileBytes()),
        SourceRange.FILE_START, null)));
  }

  public LoadResult load(byte[] bytes, String displayPath) {
    SourceReader.Decoded decoded = SourceReader.decode(bytes);
    if (decoded.problem() != null) {
      return new LoadResult(new SourceText(displayPath, ""), List.of(), List.of(decoded.problem()));
    }
    SourceText source = new SourceText(displayPath, decoded.text());
    List<Document> parsed = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    if (displayPath.toLowerCase(Locale.ROOT).endsWith(".json")) {
      new JsonLoader(limits).load(source, parsed, findings);
    } else {
      new YamlLoader(limits).load(source, parsed, findings);
    }
    List<Document> documents = new ArrayList<>();
    for (Document document : parsed) {
      if (document.root().isObject()) {
        documents.add(document);
      } else if (!document.root().isNull()) {
        SourceRange at = document.positions().locate(JsonPointer.root()).value();
        findings.add(Finding.of(LoadDiagnostics.ROOT_NOT_MAPPING,
            "the document root is a %s; a GAL config starts with keys such as version, provider and services"
                .formatted(kindOf(document)), at, JsonPointer.root()));
      }
    }
    if (documents.isEmpty() && findings.isEmpty() && parsed.stream().allMatch(d -> d.root().isNull())) {
      findings.add(Finding.of(LoadDiagnostics.EMPTY, "the file holds no YAML or JSON document",
          SourceRange.FILE_START, null));
    }
    return new LoadResult(source, List.copyOf(documents), List.copyOf(findings));
  }

  private static String kindOf(Document document) {
    return document.root().isArray() ? "list" : "single value";
  }
}
