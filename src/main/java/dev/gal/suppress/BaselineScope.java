package dev.gal.suppress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files a lint run speaks for: those it linted, and those that no longer
 * exist below a path it was given (deleted or renamed). Baseline entries of
 * any other file are about files the run never looked at, so it may neither
 * call them fixed nor drop them.
 */
public final class BaselineScope {
  private final Set<Path> linted;
  private final List<Path> roots;
  private final Map<Path, Boolean> covered = new HashMap<>();

  public BaselineScope(Collection<Path> lintedFiles, Collection<Path> arguments) {
    this.linted = lintedFiles.stream().map(BaselineScope::absolute).collect(Collectors.toUnmodifiableSet());
    this.roots = arguments.stream().map(BaselineScope::absolute).toList();
  }

  public boolean covers(Path file) {
    // A baseline names each file once per finding: look at the disk once per file.
    return covered.computeIfAbsent(absolute(file),
        f -> linted.contains(f) || (!Files.exists(f) && roots.stream().anyMatch(f::startsWith)));
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
