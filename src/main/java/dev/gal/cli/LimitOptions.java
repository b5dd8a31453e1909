package dev.gal.cli;

import dev.gal.load.LoadLimits;

/** The bounds on untrusted input, each with its default; see the README's table. */
final class LimitOptions {
  private long maxFileBytes = LoadLimits.DEFAULTS.maxFileBytes();
  private int maxDepth = LoadLimits.DEFAULTS.maxDepth();
  private long maxAliasExpansion = LoadLimits.DEFAULTS.maxAliasExpansion();
  private int maxDocuments = LoadLimits.DEFAULTS.maxDocuments();
  private int maxStringLength = LoadLimits.DEFAULTS.maxStringLength();
  private int maxFindings = LoadLimits.DEFAULTS.maxFindings();
  private long maxValues = LoadLimits.DEFAULTS.maxValues();

  /** Declares the bounds on a command that reads input. */
  void addTo(CommandOptions options) {
    options.add("--max-file-size", "BYTES", long.class, v -> maxFileBytes = v, "Largest file read (default: 52428800, 50 MB).");
    options.add("--max-depth", "N", int.class, v -> maxDepth = v, "Deepest nesting of YAML or JSON (default: 256).");
    options.add("--max-alias-expansion", "N", long.class, v -> maxAliasExpansion = v, "Most nodes YAML aliases may expand to (default: 200000).");
    options.add("--max-documents", "N", int.class, v -> maxDocuments = v, "Most YAML documents in one file (default: 1000).");
    options.add("--max-string-length", "N", int.class, v -> maxStringLength = v, "Longest string value, in characters (default: 1000000).");
    options.add("--max-findings", "N", int.class, v -> maxFindings = v, "Most findings shown per file, the most severe "
        + "first; the rest are counted in a notice and still decide the exit code (default: 1000).");
    options.add("--max-values", "N", long.class, v -> maxValues = v, "Most values (mappings, lists and scalars) in one file (default: 1000000).");
  }

  LoadLimits limits() throws UsageException {
    if (maxFileBytes < 1 || maxDepth < 1 || maxAliasExpansion < 0 || maxDocuments < 1 || maxStringLength < 1 || maxFindings < 1
        || maxValues < 1) {
      throw new UsageException("limits must be positive numbers");
    }
    return new LoadLimits(maxFileBytes, maxDepth, maxAliasExpansion, maxDocuments, maxStringLength, maxFindings, maxValues);
  }
}
