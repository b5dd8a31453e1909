package dev.gal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rewrite never loses a change made by someone else after the file was read. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void rewriteRefusesAFileThatChangedSinceItWasRead() throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "edited by someone else\n");
    FileSystemException refused = assertThrows(FileSystemException.class, () -> AtomicFiles.rewrite(file,
        "as read\n".getBytes(StandardCharsets.UTF_8), "fixed\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(refused.getMessage().contains("changed while gal was fixing it"), refused.getMessage());
    assertEquals("edited by someone else\n", Files.readString(file));
  }

  @Test
  void rewriteRefusesAReadOnlyFile() throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "as read\n");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    FileSystemException refused = assertThrows(FileSystemException.class, () -> AtomicFiles.rewrite(file,
        "as read\n".getBytes(StandardCharsets.UTF_8), "fixed\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("permission denied", IoProblems.reason(refused));
    assertEquals("as read\n", Files.readString(file));
  }

  @Test
  void rewriteReplacesTheContentAsRead() throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "as read\n");
    AtomicFiles.rewrite(file, "as read\n".getBytes(StandardCharsets.UTF_8), "fixed\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("fixed\n", Files.readString(file));
  }
}
