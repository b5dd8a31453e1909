package dev.gal.cli;

import dev.gal.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line on stderr for long runs on a terminal: it appears only after
 * a second, redraws at most ten times a second, and is erased at the end, so
 * short runs and CI logs never see it.
 */
final class ProgressBar implements ProgressListener {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long started = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private long lastDrawn;
  private boolean shown;

  ProgressBar(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled && total > 1;
    this.total = total;
  }

  @Override
  public void fileDone() {
    int count = done.incrementAndGet();
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    synchronized (this) {
      if (now - started < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
        return;
      }
      lastDrawn = now;
      shown = true;
      int filled = (int) ((long) WIDTH * count / total);
      err.print("\rgal: [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + count + "/" + total + " files");
      err.flush();
    }
  }

  /** Erases the line, if one was drawn. */
  synchronized void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
