package dev.gal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files git reports as changed since a revision: modified, added, renamed
 * or copied in the diff against REV, plus untracked files git does not ignore.
 */
final class GitChanges {
  private static final long TIMEOUT_SECONDS = 60;

  private GitChanges() {}

  /** The changed files of the repository that holds {@code where}. */
  static Set<Path> since(String revision, Path where) throws UsageException {
    Path dir = java.nio.file.Files.isDirectory(where) ? where : where.toAbsolutePath().getParent();
    Path top = Path.of(run(dir, List.of("git", "rev-parse", "--show-toplevel")).trim());
    Set<Path> changed = new HashSet<>();
    for (String name : run(top, List.of("git", "diff", "--name-only", "-z", "--diff-filter=ACMR", revision, "--")).split("\0")) {
      if (!name.isEmpty()) {
        changed.add(top.resolve(name).toAbsolutePath().normalize());
      }
    }
    for (String name : run(top, List.of("git", "ls-files", "-z", "--others", "--exclude-standard", "--full-name", ":/")).split("\0")) {
      if (!name.isEmpty()) {
        changed.add(top.resolve(name).toAbsolutePath().normalize());
      }
    }
    return changed;
  }

  private static String run(Path dir, List<String> command) throws UsageException {
    try {
      Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new UsageException("--changed-since: git did not answer within %d s".formatted(TIMEOUT_SECONDS));
      }
      if (process.exitValue() != 0) {
        throw new UsageException("--changed-since: %s failed: %s".formatted(String.join(" ", command), output.strip()));
      }
      return output;
    } catch (IOException e) {
      throw new UsageException("--changed-since needs git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--changed-since: interrupted");
    }
  }
}
