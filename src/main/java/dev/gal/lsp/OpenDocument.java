package dev.gal.lsp;

import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;

/**
 * A document the editor has open: its latest text, and what was last found
 * in it. The text changes on the reader thread, the findings on a lint
 * thread; both read the fields under the document's lock.
 */
final class OpenDocument {
  final String uri;
  final Path path;
  private String text;
  private int version;
  private Linted linted = Linted.NOTHING;
  private boolean closed;
  /** A lint waiting for the typing to pause, or null. */
  ScheduledFuture<?> pending;
  /** Whether a lint thread is at work on this document, and whether the text changed since it started. */
  boolean running;
  boolean dirty;

  OpenDocument(String uri, Path path, String text, int version) {
    this.uri = uri;
    this.path = path;
    this.text = text;
    this.version = version;
  }

  synchronized void update(String newText, int newVersion) {
    text = newText;
    version = newVersion;
  }

  synchronized String text() {
    return text;
  }

  synchronized int version() {
    return version;
  }

  synchronized Linted linted() {
    return linted;
  }

  /** Keeps what a lint found, unless the document was closed meanwhile; says whether it kept it. */
  synchronized boolean found(Linted result) {
    if (closed) {
      return false;
    }
    linted = result;
    return true;
  }

  synchronized void close() {
    closed = true;
    if (pending != null) {
      pending.cancel(false);
    }
  }

  synchronized boolean closed() {
    return closed;
  }

  /** The findings that belong to the text as it is now, or nothing while a newer text waits for its lint. */
  synchronized Linted current() {
    return linted.version() == version ? linted : Linted.NOTHING;
  }
}
