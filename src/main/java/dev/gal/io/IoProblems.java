package dev.gal.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in words what went wrong with a file, for users who never need to
 * know Java's exception classes: "permission denied", not AccessDeniedException.
 */
public final class IoProblems {
  private IoProblems() {}

  /** "PATH: reason" when the exception names a file, else the reason alone. */
  public static String describe(IOException e) {
    String file = e instanceof FileSystemException fs ? fs.getFile() : null;
    return file == null ? reason(e) : file + ": " + reason(e);
  }

  /** The reason alone, without the path. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link loops back to a folder above it";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return plain(fs.getReason());
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "input or output error" : plain(e.getMessage());
  }

  /** The operating system's words, in the lower case of a message that continues a sentence. */
  private static String plain(String reason) {
    String trimmed = reason.strip();
    return trimmed.isEmpty() ? "input or output error" : trimmed.substring(0, 1).toLowerCase(Locale.ROOT) + trimmed.substring(1);
  }
}
