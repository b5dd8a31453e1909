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

  /**
   * Replaces the content of an existing file atomically, if it still holds
   * {@code expected}: another program may have changed it since it was read,
   * and its change must not be lost. The file keeps its permissions, and a
   * symbolic link keeps pointing at it, since the file it names is the one
   * replaced.
   */
  public static void rewrite(Path file, byte[] expected, byte[] content) throws IOException {
    try {
      Path real = file.toRealPath();
      java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
          Files.getFileAttributeView(real, java.nio.file.attribute.PosixFileAttributeView.class) == null
              ? null : Files.getPosixFilePermissions(real);
      // The rename would replace a read-only file as well, even for root; its mode says it is not to be changed.
      if (!Files.isWritable(real) || (permissions != null && permissions.stream().noneMatch(p -> p.name().endsWith("_WRITE")))) {
        throw new java.nio.file.AccessDeniedException(file.toString());
      }
      if (!java.util.Arrays.equals(Files.readAllBytes(real), expected)) {
        throw new FileSystemException(file.toString(), null, "changed while gal was fixing it, so the fixes were not written");
      }
      writeAtomically(real, stream -> stream.write(content), permissions);
    } catch (FileSystemException e) {
      throw new FileSystemException(file.toString(), null, IoProblems.reason(e));
    }
  }

  /** Writes bytes to a stream; may fail. */
  @FunctionalInterface
  private interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path absolute, Content content) throws IOException {
    writeAtomically(absolute, stream -> {
      Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      content.writeTo(out);
      out.flush();
    }, null);
  }

  private static void writeAtomically(Path absolute, Bytes content,
      java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions) throws IOException {
    Path directory = absolute.getParent();
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream stream = Files.newOutputStream(temp)) {
        content.writeTo(stream);
      }
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
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
