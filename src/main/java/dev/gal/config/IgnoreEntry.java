package dev.gal.config;

import java.nio.file.Path;
import java.util.List;

/**
 * An ignore entry of a lint config: files matching a gitignore-style pattern
 * (relative to the config's folder), optionally only some rules and only
 * below a pointer.
 */
public record IgnoreEntry(Path baseDir, IgnoreGlob files, List<String> rules, String pointer, String reason, String origin) {
  public boolean matchesFile(Path file) {
    Path relative;
    try {
      relative = baseDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      return false;
    }
    // As in gitignore, a config speaks only for its own folder and below.
    return !relative.startsWith("..") && files.matches(relative.toString().replace('\\', '/'));
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
