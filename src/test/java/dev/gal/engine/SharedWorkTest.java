package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every task runs once and has finished when run returns, whether or not the helper was free to take some. */
class SharedWorkTest {
  private final ExecutorService helper = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopHelper() {
    helper.shutdownNow();
  }

  /** Tasks that take a moment each, so that the helper is still in one when the caller runs out of them. */
  private static List<Runnable> slowTasks(AtomicIntegerArray finished, Set<String> threads) {
    List<Runnable> tasks = new ArrayList<>();
    for (int i = 0; i < finished.length(); i++) {
      int index = i;
      tasks.add(() -> {
        threads.add(Thread.currentThread().getName());
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        finished.incrementAndGet(index);
      });
    }
    return tasks;
  }

  @RepeatedTest(20)
  void everyTaskHasRunOnceWhenItReturns() {
    AtomicIntegerArray finished = new AtomicIntegerArray(9);
    SharedWork.run(slowTasks(finished, ConcurrentHashMap.newKeySet()), helper);
    for (int i = 0; i < finished.length(); i++) {
      assertEquals(1, finished.get(i), "task " + i);
    }
  }

  @Test
  void aBusyHelperIsNeitherWaitedForNorGivenTasksLater() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    helper.submit(() -> release.await(10, TimeUnit.SECONDS));
    AtomicIntegerArray finished = new AtomicIntegerArray(3);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    SharedWork.run(slowTasks(finished, threads), helper);
    assertEquals(Set.of(Thread.currentThread().getName()), threads);
    release.countDown();
    helper.shutdown();
    assertTrue(helper.awaitTermination(10, TimeUnit.SECONDS));
    for (int i = 0; i < finished.length(); i++) {
      assertEquals(1, finished.get(i), "task " + i);
    }
  }

  @Test
  void withoutAHelperTasksRunInOrderOnTheCallingThread() {
    List<Integer> order = new ArrayList<>();
    SharedWork.run(List.of(() -> order.add(1), () -> order.add(2), () -> order.add(3)), null);
    assertEquals(List.of(1, 2, 3), order);
  }
}
