package dev.gal.engine;

/** Told when each file is done, for a progress display; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = () -> { };

  void fileDone();
}
