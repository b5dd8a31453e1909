package dev.gal.engine;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on the calling thread and, once it is free, on a helper's thread too, each task once, and returns
 * when all have run. The helper is a one-file run's side executor, which first finishes the stage it was given
 * (the OpenAPI structure check beside the rules) and then takes tasks, so that both cores stay busy. Tasks keep
 * what they produce apart, for the caller to merge in their order.
 */
final class SharedWork {
  private SharedWork() {}

  /** Runs every task; without a helper (null), one after the other on the calling thread. */
  static void run(List<? extends Runnable> tasks, ExecutorService helper) {
    if (helper == null || tasks.size() < 2) {
      tasks.forEach(Runnable::run);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable take = () -> {
      for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
        tasks.get(i).run();
      }
    };
    // Whoever claims this first decides: a helper that starts late finds nothing to do and is not waited for,
    // and one that started may still be running its last task. (Future.cancel cannot tell: it succeeds on a
    // running task, which then goes on.)
    AtomicBoolean claimed = new AtomicBoolean();
    Future<?> helping = helper.submit(() -> {
      if (claimed.compareAndSet(false, true)) {
        take.run();
      }
    });
    take.run();
    if (!claimed.compareAndSet(false, true)) {
      Futures.await(helping);
    }
  }
}
