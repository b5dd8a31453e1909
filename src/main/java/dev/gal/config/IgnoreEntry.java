package dev.gal.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * An ignore entry of a lint config: files matching a glob (relative to the
 * config's folder), optionally only some rules and only below a pointer.
 */
public record IgnoreEntry(Path baseDir, String files, List<String> rules, String pointer, String reason, String origin) {
  public boolean matchesFile(Path file) {
    Path relative;
    try {
      relative = baseDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      return false;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + files);
    return matcher.matches(relative) || (files.startsWith("**/") && FileSystems.getDefault()
        .getPathMatcher("glob:" + files.substring(3)).matches(relative));
  }

  public boolean matchesRule(String id, String name) {
    return rules.isEmpty() || rules.contains(id) || rules.contains(name);
  }

  public boolean matchesPointer(String findingPointer) {
    if (pointer == null || pointer.isEmpty()) {
      return true;
    }
    return findingPointer != null && (findingPointer.equals(pointer) || findingPointer.startsWith(pointer + "/"));
  }
}
