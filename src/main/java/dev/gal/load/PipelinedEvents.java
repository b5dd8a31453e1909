package dev.gal.load;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a parser on a thread of its own and hands its events over in batches,
 * with their positions and values worked out (see {@link ParsedEvent} for YAML
 * and {@link JsonLoader.JsonEvent} for JSON). On a large file, scanning and
 * parsing cost about as much as building the tree and its position index; a lint of one file leaves the
 * second core idle, so the two halves then run side by side. The consumer sees
 * the events, and a parser error, in the order and at the point the parser
 * produced them. At most {@link #QUEUED_BATCHES} batches wait, which bounds
 * memory however far the parser runs ahead.
 */
final class PipelinedEvents<T> implements Iterator<T>, AutoCloseable {
  /** From this size on, the parser runs on a thread of its own; below it, a thread costs more than it saves. */
  static final int PIPELINE_CHARS = 1 << 20;
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final int BATCH = 2048;
  private static final int QUEUED_BATCHES = 32;
  private static final long WAIT_MS = 50;

  /** One handover: events, and after the last batch whether the parser ended or failed. */
  private record Batch(Object[] events, int size, boolean last, Throwable failure) {}

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Thread producer;
  private volatile boolean closed;
  private Batch current = new Batch(new Object[0], 0, false, null);
  private int next;

  /**
   * The parser's events on a thread of its own when its text has {@code pipelineChars} characters or more;
   * null otherwise, and on one core, where a second thread only adds its handovers.
   */
  static <T> PipelinedEvents<T> forText(Iterator<T> parser, int textLength, int pipelineChars, String label) {
    return textLength >= pipelineChars && CORES > 1 ? new PipelinedEvents<>(parser, label) : null;
  }

  private PipelinedEvents(Iterator<T> parser, String label) {
    producer = new Thread(() -> produce(parser), "gal-parser " + label);
    producer.setDaemon(true);
    producer.start();
  }

  @Override
  public boolean hasNext() {
    while (next == current.size()) {
      if (current.last()) {
        if (current.failure() instanceof RuntimeException e) {
          throw e;
        }
        if (current.failure() instanceof Error e) {
          throw e;
        }
        return false;
      }
      current = take();
      next = 0;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked") // the producer puts only what the parser gave, which is T
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return (T) current.events()[next++];
  }

  /** Stops the parser when the consumer stops early, as on a limit; it then parses no further than one batch. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
  }

  private void produce(Iterator<T> parser) {
    Object[] events = new Object[BATCH];
    int size = 0;
    try {
      while (!closed && parser.hasNext()) {
        events[size++] = parser.next();
        if (size == BATCH) {
          put(new Batch(events, size, false, null));
          events = new Object[BATCH];
          size = 0;
        }
      }
      put(new Batch(events, size, true, null));
    } catch (RuntimeException | Error e) {
      // A parser error, or a StackOverflowError, belongs to the consumer's run, which handles it as its own.
      put(new Batch(events, size, true, e));
    }
  }

  private void put(Batch batch) {
    try {
      while (!closed && !queue.offer(batch, WAIT_MS, TimeUnit.MILLISECONDS)) {
        // the consumer is busy; it either takes a batch or closes
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Batch take() {
    try {
      Batch batch;
      while ((batch = queue.poll(WAIT_MS, TimeUnit.MILLISECONDS)) == null) {
        if (!producer.isAlive() && queue.isEmpty()) {
          // Only an error thrown while handing over could end the parser without a last batch.
          throw new IllegalStateException("the parser stopped without a result");
        }
      }
      return batch;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while parsing", e);
    }
  }
}
