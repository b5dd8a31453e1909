package dev.gal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a list on all cores and returns the results in input order. A single
 * item runs on the calling thread, so one-file runs pay nothing for threads.
 */
final class Parallel {
  private Parallel() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> work) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      return items.stream().map(work).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "gal-lint");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(Futures.await(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
