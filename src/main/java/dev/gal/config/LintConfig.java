package dev.gal.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lint config with its extends resolved: settings of later configs win.
 * {@code file} is null for the built-in default.
 */
public record LintConfig(Path file, Map<String, RuleSetting> rules, List<Path> rulePacks, List<Path> plugins,
    List<IgnoreEntry> ignores, Optional<String> failOn, String failOnOrigin) {
  public static final LintConfig DEFAULT = new LintConfig(null, Map.of(), List.of(), List.of(), List.of(), Optional.empty(), "default");
  public static final String FILE_NAME = ".gal-lint.yaml";
}
