package dev.gal.load;

/** Bounds on untrusted input, so that no file can take unbounded time or memory. */
public record LoadLimits(
    long maxFileBytes,
    int maxDepth,
    long maxAliasExpansion,
    int maxDocuments,
    int maxStringLength,
    int maxFindings,
    long maxValues) {

  private static final int DEFAULT_MAX_FINDINGS = 1_000;
  /**
   * Loading costs about a microsecond per value whatever the file's size, so a bound in bytes alone
   * lets a file of tiny keys take a minute; the largest OpenAPI document of the benchmarks holds 1.1 M.
   */
  private static final long DEFAULT_MAX_VALUES = 2_000_000;
  public static final LoadLimits DEFAULTS =
      new LoadLimits(50L * 1024 * 1024, 256, 200_000, 1_000, 1_000_000, DEFAULT_MAX_FINDINGS, DEFAULT_MAX_VALUES);

  public LoadLimits(long maxFileBytes, int maxDepth, long maxAliasExpansion, int maxDocuments, int maxStringLength) {
    this(maxFileBytes, maxDepth, maxAliasExpansion, maxDocuments, maxStringLength, DEFAULT_MAX_FINDINGS, DEFAULT_MAX_VALUES);
  }
}
