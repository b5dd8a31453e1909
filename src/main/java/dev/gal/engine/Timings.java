package dev.gal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Wall time per stage and per rule, summed over the files of a run
 * (gal lint --timings). Files are linted in parallel, so the sums can exceed
 * the run's own time. {@link #OFF} records nothing and costs nothing.
 */
public final class Timings {
  public static final Timings OFF = new Timings(false);

  private final boolean enabled;
  private final Map<String, LongAdder> stages = new ConcurrentHashMap<>();
  /** Stage names in the order a file goes through them, as the engine declares them. */
  private final List<String> order = new CopyOnWriteArrayList<>();
  private final Map<String, LongAdder> rules = new ConcurrentHashMap<>();

  private Timings(boolean enabled) {
    this.enabled = enabled;
  }

  public static Timings recording() {
    return new Timings(true);
  }

  /** Declares the stages' names in the order a file goes through them; a name already declared keeps its place. */
  void declare(List<String> names) {
    if (enabled) {
      synchronized (order) {
        names.stream().filter(name -> !order.contains(name)).forEach(order::add);
      }
    }
  }

  /** System.nanoTime() when recording, else 0: callers pass it back to {@link #stage} or {@link #rule}. */
  public long start() {
    return enabled ? System.nanoTime() : 0;
  }

  public void stage(String stage, long start) {
    if (enabled) {
      stages.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - start);
    }
  }

  /** Runs {@code work} and adds its time to {@code stage}. */
  public <T> T time(String stage, Supplier<T> work) {
    long start = start();
    T result = work.get();
    stage(stage, start);
    return result;
  }

  public void time(String stage, Runnable work) {
    long start = start();
    work.run();
    stage(stage, start);
  }

  public void rule(String id, long start) {
    if (enabled) {
      rules.computeIfAbsent(id, s -> new LongAdder()).add(System.nanoTime() - start);
    }
  }

  /** Nanoseconds per stage that ran, by name, in stage order. */
  public Map<String, Long> stages() {
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (String stage : order) {
      LongAdder total = stages.get(stage);
      if (total != null) {
        ordered.put(stage, total.sum());
      }
    }
    return ordered;
  }

  /** The {@code count} slowest rules by total nanoseconds, slowest first, ties by id. */
  public List<Map.Entry<String, Long>> slowestRules(int count) {
    List<Map.Entry<String, Long>> all = new ArrayList<>();
    rules.forEach((id, total) -> all.add(Map.entry(id, total.sum())));
    all.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey));
    return all.subList(0, Math.min(count, all.size()));
  }
}
