package dev.gal.lsp;

import dev.gal.engine.FileReport;
import dev.gal.engine.LintSession;
import dev.gal.engine.LintSetupException;
import dev.gal.engine.ToolNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Lints open documents off the thread that reads the editor's messages. A
 * change waits for the typing to pause (the debounce); each document then has
 * its own lint thread, so a slow document never holds up another, and a
 * change that arrives while its document is being linted is linted after.
 */
final class DocumentLinter {
  /** How a text is linted: {@link LintSession#lintText}; tests put slow or counting ones in its place. */
  @FunctionalInterface
  interface TextLint {
    Optional<FileReport> lint(java.nio.file.Path file, String text, List<ToolNotice> notices) throws LintSetupException;
  }

  private final TextLint session;
  private final long debounceMillis;
  private final Consumer<OpenDocument> publish;
  private final BiConsumer<String, String> logError;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("gal-lsp-debounce"));
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("gal-lsp-lint"));

  DocumentLinter(TextLint session, long debounceMillis, Consumer<OpenDocument> publish, BiConsumer<String, String> logError) {
    this.session = session;
    this.debounceMillis = debounceMillis;
    this.publish = publish;
    this.logError = logError;
  }

  /** Lints the document now, as on open. */
  void now(OpenDocument document) {
    schedule(document, 0);
  }

  /** Lints the document once the changes pause. */
  void changed(OpenDocument document) {
    schedule(document, debounceMillis);
  }

  private void schedule(OpenDocument document, long delay) {
    synchronized (document) {
      if (document.pending != null) {
        document.pending.cancel(false);
      }
      document.pending = timer.schedule(() -> workers.execute(() -> run(document)), delay, TimeUnit.MILLISECONDS);
    }
  }

  private void run(OpenDocument document) {
    synchronized (document) {
      if (document.running) {
        document.dirty = true;
        return;
      }
      document.running = true;
    }
    while (true) {
      String text;
      int version;
      synchronized (document) {
        text = document.text();
        version = document.version();
      }
      Linted result = lint(document, text, version);
      // A result for a text that changed meanwhile is not shown: the lint of the new text follows.
      if (result.version() == document.version() && document.found(result)) {
        publish.accept(document);
      }
      synchronized (document) {
        if (!document.dirty || document.closed()) {
          document.running = false;
          return;
        }
        document.dirty = false;
      }
    }
  }

  private Linted lint(OpenDocument document, String text, int version) {
    LspText lspText = new LspText(text);
    try {
      List<ToolNotice> notices = new ArrayList<>();
      Optional<FileReport> report = session.lint(document.path, text, notices);
      for (ToolNotice notice : notices) {
        if (notice.level() == ToolNotice.Level.ERROR || notice.level() == ToolNotice.Level.WARNING) {
          logError.accept(document.uri, notice.message());
        }
      }
      if (report.isEmpty()) {
        return new Linted(version, lspText, List.of(), List.of());
      }
      // Findings are positioned in the text as loaded, which is the editor's text but for a byte order mark.
      return new Linted(version, lspText, report.get().findings(), List.of());
    } catch (LintSetupException e) {
      return new Linted(version, lspText, List.of(), List.of("gal cannot lint this file: " + String.join("; ", e.lines())));
    } catch (RuntimeException e) {
      logError.accept(document.uri, "internal error while linting: " + e);
      return new Linted(version, lspText, List.of(), List.of("gal could not lint this file: internal error " + e.getClass().getSimpleName()
          + "; please report it"));
    }
  }

  void shutdown() {
    timer.shutdownNow();
    workers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
