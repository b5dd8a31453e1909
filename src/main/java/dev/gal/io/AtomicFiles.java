package dev.gal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the complete
 * new content, never a partial file: write a temporary file beside the target,
 * force it to disk, then rename it over the target.
 */
public final class AtomicFiles {
  /** Produces the content; may fail, in which case the target is untouched. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Set only by the test that kills a writing process: the window between writing and renaming. */
  private static final long TEST_PAUSE_MS = Long.getLong("gal.test.atomicWritePauseMs", 0);

  private AtomicFiles() {}

  private static void pauseForKillTest() {
    if (TEST_PAUSE_MS > 0) {
      try {
        Thread.sleep(TEST_PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Refuses, before any work is done, a target that cannot be written: a
   * folder, or a file in a folder that does not exist. The message names the
   * target as the user typed it.
   */
  public static void requireWritable(Path target) throws FileSystemException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a folder, not a file");
    }
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new FileSystemException(target.toString(), null, "the folder %s does not exist".formatted(directory));
    }
    if (!Files.isWritable(directory)) {
      throw new FileSystemException(target.toString(), null, "permission denied: cannot create files in " + directory);
    }
  }

  /** Writes the content atomically; a failure names the target, never the temporary file. */
  public static void write(Path target, Content content) throws IOException {
    requireWritable(target);
    try {
      writeAtomically(target.toAbsolutePath(), content);
    } catch (FileSystemException e) {
      throw new FileSystemException(target.toString(), null, IoProblems.reason(e));
    }
  }

  private static void writeAtomically(Path absolute, Content content) throws IOException {
    Path directory = absolute.getParent();
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream stream = Files.newOutputStream(temp);
          Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
        content.writeTo(out);
        out.flush();
      }
      try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      pauseForKillTest();
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
