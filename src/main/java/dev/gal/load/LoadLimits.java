package dev.gal.load;

/** Bounds on untrusted input, so that no file can take unbounded time or memory. */
public record LoadLimits(
    long maxFileBytes,
    int maxDepth,
    long maxAliasExpansion,
    int maxDocuments,
    int maxStringLength,
    int maxFindings) {

  private static final int DEFAULT_MAX_FINDINGS = 1_000;
  public static final LoadLimits DEFAULTS = new LoadLimits(50L * 1024 * 1024, 256, 200_000, 1_000, 1_000_000, DEFAULT_MAX_FINDINGS);

  public LoadLimits(long maxFileBytes, int maxDepth, long maxAliasExpansion, int maxDocuments, int maxStringLength) {
    this(maxFileBytes, maxDepth, maxAliasExpansion, maxDocuments, maxStringLength, DEFAULT_MAX_FINDINGS);
  }
}
