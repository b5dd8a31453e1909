package dev.gal.cli;

import dev.gal.load.LoadLimits;
import picocli.CommandLine.Option;

/** The bounds on untrusted input, each with its default; see the README's table. */
final class LimitOptions {
  @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest file read (default: 52428800, 50 MB).")
  long maxFileBytes = LoadLimits.DEFAULTS.maxFileBytes();

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting of YAML or JSON (default: 256).")
  int maxDepth = LoadLimits.DEFAULTS.maxDepth();

  @Option(names = "--max-alias-expansion", paramLabel = "N", description = "Most nodes YAML aliases may expand to (default: 200000).")
  long maxAliasExpansion = LoadLimits.DEFAULTS.maxAliasExpansion();

  @Option(names = "--max-documents", paramLabel = "N", description = "Most YAML documents in one file (default: 1000).")
  int maxDocuments = LoadLimits.DEFAULTS.maxDocuments();

  @Option(names = "--max-string-length", paramLabel = "N", description = "Longest string value, in characters (default: 1000000).")
  int maxStringLength = LoadLimits.DEFAULTS.maxStringLength();

  @Option(names = "--max-findings", paramLabel = "N", description = "Most findings shown per file, the most severe "
      + "first; the rest are counted in a notice and still decide the exit code (default: 1000).")
  int maxFindings = LoadLimits.DEFAULTS.maxFindings();

  @Option(names = "--max-values", paramLabel = "N", description = "Most values (mappings, lists and scalars) in one file (default: 1000000).")
  long maxValues = LoadLimits.DEFAULTS.maxValues();

  LoadLimits limits() throws UsageException {
    if (maxFileBytes < 1 || maxDepth < 1 || maxAliasExpansion < 0 || maxDocuments < 1 || maxStringLength < 1 || maxFindings < 1
        || maxValues < 1) {
      throw new UsageException("limits must be positive numbers");
    }
    return new LoadLimits(maxFileBytes, maxDepth, maxAliasExpansion, maxDocuments, maxStringLength, maxFindings, maxValues);
  }
}
