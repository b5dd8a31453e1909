package dev.gal.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import dev.gal.schema.SchemaCheckedFile;
import dev.gal.schema.SchemaStage;
import dev.gal.schema.SettingsProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads .gal-lint.yaml files: validates each against schemas/gal-lint.schema.json
 * with exact locations, follows extends (relative paths; recommended and all
 * are built in), and merges them so that later settings win.
 */
public final class LintConfigLoader {
  private static final Set<String> BUILT_IN_BASES = Set.of("recommended", "all");

  private final Loader loader = new Loader(LoadLimits.DEFAULTS);
  private final Map<Path, LintConfig> cache = new LinkedHashMap<>();

  /**
   * The config with its extends resolved.
   *
   * @throws LintConfigException with every problem of the file and of the
   *     files it extends, and the config as far as it could be read
   */
  public LintConfig load(Path file) throws LintConfigException {
    Path normalized = file.toAbsolutePath().normalize();
    LintConfig cached = cache.get(normalized);
    if (cached != null) {
      return cached;
    }
    SettingsProblems problems = new SettingsProblems();
    LintConfig loaded = load(normalized, file.toString().replace('\\', '/'), new HashSet<>(), problems);
    if (!problems.isEmpty()) {
      throw new LintConfigException(problems, loaded);
    }
    cache.put(normalized, loaded);
    return loaded;
  }

  /** The nearest .gal-lint.yaml in the folder of {@code file} or above it, if any. */
  public static Optional<Path> find(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    while (dir != null) {
      Path candidate = dir.resolve(LintConfig.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** A path the config names, with where it is written. */
  private record PathEntry(String text, JsonPointer pointer) {}

  /** Reads on past every problem, keeping what is usable, so that one run reports them all. */
  private LintConfig load(Path file, String display, Set<Path> visiting, SettingsProblems problems) {
    Optional<Document> read = SchemaCheckedFile.read(loader, file, display, "lint config", SchemaStage.lintConfig(), problems);
    if (read.isEmpty()) {
      return LintConfig.DEFAULT;
    }
    Document document = read.get();
    Path dir = file.getParent();
    visiting.add(file);
    LintConfig merged = LintConfig.DEFAULT;
    for (PathEntry base : paths(document, "extends")) {
      if (BUILT_IN_BASES.contains(base.text())) {
        continue;
      }
      Path other = dir.resolve(base.text()).normalize();
      if (!Files.isRegularFile(other)) {
        problems.at(document, base.pointer(), "extends names %s, which does not exist".formatted(base.text()));
      } else if (visiting.contains(other)) {
        problems.at(document, base.pointer(), "extends %s, which extends this file again; remove one of the two".formatted(base.text()));
      } else {
        merged = merge(merged, load(other, other.toString().replace('\\', '/'), visiting, problems));
      }
    }
    visiting.remove(file);
    return merge(merged, own(document, display, dir, problems));
  }

  /** The entries of a key that holds a path or a list of paths; entries of the wrong type are the schema's to report. */
  private static List<PathEntry> paths(Document document, String key) {
    JsonNode node = document.root().path(key);
    if (node.isTextual()) {
      return List.of(new PathEntry(node.textValue(), JsonPointer.of(key)));
    }
    List<PathEntry> entries = new ArrayList<>();
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (node.get(i).isTextual()) {
        entries.add(new PathEntry(node.get(i).textValue(), JsonPointer.of(key, i)));
      }
    }
    return entries;
  }

  /** The files a key lists that exist; each missing one is a problem at its entry. */
  private static List<Path> existingFiles(Document document, String key, Path dir, SettingsProblems problems) {
    List<Path> files = new ArrayList<>();
    for (PathEntry entry : paths(document, key)) {
      Path file = dir.resolve(entry.text()).normalize();
      if (Files.isRegularFile(file)) {
        files.add(file);
      } else {
        problems.at(document, entry.pointer(), "%s names %s, which does not exist".formatted(key, entry.text()));
      }
    }
    return files;
  }

  private static LintConfig own(Document document, String display, Path dir, SettingsProblems problems) {
    JsonNode root = document.root();
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    root.path("rules").fields().forEachRemaining(e -> rules.put(e.getKey(), ruleSetting(document, display, e.getKey())));
    List<IgnoreEntry> ignores = new ArrayList<>();
    for (JsonNode entry : root.path("ignore")) {
      List<String> ruleRefs = new ArrayList<>();
      entry.path("rules").forEach(r -> ruleRefs.add(r.asText()));
      ignores.add(new IgnoreEntry(dir, new IgnoreGlob(entry.path("files").asText()), List.copyOf(ruleRefs),
          entry.path("pointer").textValue(), entry.path("reason").asText(), display));
    }
    Optional<String> failOn = Optional.ofNullable(root.path("fail-on").textValue());
    return new LintConfig(Path.of(display), rules, existingFiles(document, "rule-packs", dir, problems),
        existingFiles(document, "plugins", dir, problems), ignores, failOn, display);
  }

  /** Options that are not a plain value are left out: the schema reports them, and once is enough. */
  private static RuleSetting ruleSetting(Document document, String display, String ref) {
    JsonPointer at = JsonPointer.of("rules", ref);
    JsonNode value = document.root().path("rules").path(ref);
    Optional<String> severity = value.isTextual() ? Optional.of(value.textValue())
        : Optional.ofNullable(value.path("severity").textValue());
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, SourcePosition> positions = new LinkedHashMap<>();
    value.path("options").fields().forEachRemaining(o -> {
      if (o.getValue().isValueNode() && !o.getValue().isNull()) {
        options.put(o.getKey(), o.getValue().asText());
        positions.put(o.getKey(), document.positions().locate(at.append("options").append(o.getKey())).value().start());
      }
    });
    return new RuleSetting(ref, severity, options, display, document.positions().locate(at).keyOrValue().start(), positions);
  }

  private static LintConfig merge(LintConfig base, LintConfig over) {
    Map<String, RuleSetting> rules = new LinkedHashMap<>(base.rules());
    over.rules().forEach((ref, setting) -> {
      RuleSetting earlier = rules.get(ref);
      if (earlier != null && setting.severity().isEmpty()) {
        setting = new RuleSetting(ref, earlier.severity(), setting.options(), setting.origin(), setting.position(),
            setting.optionPositions());
      }
      rules.put(ref, setting);
    });
    List<Path> packs = new ArrayList<>(base.rulePacks());
    over.rulePacks().stream().filter(p -> !packs.contains(p)).forEach(packs::add);
    List<Path> plugins = new ArrayList<>(base.plugins());
    over.plugins().stream().filter(p -> !plugins.contains(p)).forEach(plugins::add);
    List<IgnoreEntry> ignores = new ArrayList<>(base.ignores());
    ignores.addAll(over.ignores());
    boolean overFails = over.failOn().isPresent();
    return new LintConfig(over.file(), rules, packs, plugins, ignores, overFails ? over.failOn() : base.failOn(),
        overFails ? over.failOnOrigin() : base.failOnOrigin());
  }
}
