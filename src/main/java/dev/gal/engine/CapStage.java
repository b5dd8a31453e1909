package dev.gal.engine;

/** Keeps the file's report to --max-findings, the most severe first, and says how many were left out. */
final class CapStage implements Stage {
  private final int max;

  CapStage(int max) {
    this.max = max;
  }

  @Override
  public String name() {
    return "cap";
  }

  @Override
  public void run(FileLint file) {
    FindingsCap.Capped capped = FindingsCap.apply(file.active(), max);
    if (!capped.omitted().isEmpty()) {
      file.notice(ToolNotice.Level.WARNING, FindingsCap.notice(capped.omitted(), max));
    }
    file.report(new FileReport(file.input().path(), file.loaded().source(), capped.shown(), file.suppressed(), capped.omitted()));
  }
}
