package dev.gal.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work the engine handed to another thread; a failure there is the caller's again. */
final class Futures {
  private Futures() {}

  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while linting", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
