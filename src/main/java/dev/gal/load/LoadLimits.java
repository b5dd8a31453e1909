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
   * Loading costs a few microseconds per value whatever the file's size, so a bound in bytes alone
   * lets a file of tiny keys take many seconds: at this bound the worst 50 MB file is refused in under
   * 5 s on 2 cores. AWS imports definition files of at most 6 MB: at the 22 to 51 bytes a value of
   * the corpus and benchmark documents (minified to pretty-printed), 120,000 to 280,000 values.
   */
  private static final long DEFAULT_MAX_VALUES = 1_000_000;
  public static final LoadLimits DEFAULTS =
      new LoadLimits(50L * 1024 * 1024, 256, 200_000, 1_000, 1_000_000, DEFAULT_MAX_FINDINGS, DEFAULT_MAX_VALUES);

  public LoadLimits(long maxFileBytes, int maxDepth, long maxAliasExpansion, int maxDocuments, int maxStringLength) {
    this(maxFileBytes, maxDepth, maxAliasExpansion, maxDocuments, maxStringLength, DEFAULT_MAX_FINDINGS, DEFAULT_MAX_VALUES);
  }
}
