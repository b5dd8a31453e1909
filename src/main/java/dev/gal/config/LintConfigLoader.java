package dev.gal.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import dev.gal.schema.SchemaCheckedFile;
import dev.gal.schema.SchemaStage;
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

  public LintConfig load(Path file) throws LintConfigException {
    Path normalized = file.toAbsolutePath().normalize();
    LintConfig cached = cache.get(normalized);
    if (cached != null) {
      return cached;
    }
    LintConfig loaded = load(normalized, file.toString().replace('\\', '/'), new HashSet<>());
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

  private LintConfig load(Path file, String display, Set<Path> visiting) throws LintConfigException {
    if (!visiting.add(file)) {
      throw new LintConfigException(List.of(display + ": extends forms a cycle"));
    }
    Document document = parse(file, display);
    JsonNode root = document.root();
    Path dir = file.getParent();
    LintConfig merged = LintConfig.DEFAULT;
    for (JsonNode base : bases(root.path("extends"))) {
      String name = base.asText();
      if (BUILT_IN_BASES.contains(name)) {
        continue;
      }
      Path other = dir.resolve(name).normalize();
      if (!Files.isRegularFile(other)) {
        throw new LintConfigException(List.of(locate(display, document, JsonPointer.of("extends"))
            + ": extends names " + name + ", which does not exist"));
      }
      merged = merge(merged, load(other, other.toString().replace('\\', '/'), visiting));
    }
    visiting.remove(file);
    return merge(merged, own(document, display, dir));
  }

  private Document parse(Path file, String display) throws LintConfigException {
    SchemaCheckedFile checked = SchemaCheckedFile.read(loader, file, display, "lint config", SchemaStage.lintConfig());
    if (!checked.problems().isEmpty()) {
      throw new LintConfigException(checked.problems());
    }
    return checked.document();
  }

  private static List<JsonNode> bases(JsonNode node) {
    List<JsonNode> bases = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(bases::add);
    } else if (node.isTextual()) {
      bases.add(node);
    }
    return bases;
  }

  private static LintConfig own(Document document, String display, Path dir) {
    JsonNode root = document.root();
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    root.path("rules").fields().forEachRemaining(e -> {
      JsonNode value = e.getValue();
      Optional<String> severity = value.isTextual() ? Optional.of(value.textValue())
          : Optional.ofNullable(value.path("severity").textValue());
      Map<String, String> options = new LinkedHashMap<>();
      value.path("options").fields().forEachRemaining(o -> options.put(o.getKey(), o.getValue().asText()));
      SourcePosition at = document.positions().locate(JsonPointer.of("rules", e.getKey())).keyOrValue().start();
      rules.put(e.getKey(), new RuleSetting(e.getKey(), severity, options, display, at));
    });
    List<Path> packs = new ArrayList<>();
    root.path("rule-packs").forEach(p -> packs.add(dir.resolve(p.asText()).normalize()));
    List<Path> plugins = new ArrayList<>();
    root.path("plugins").forEach(p -> plugins.add(dir.resolve(p.asText()).normalize()));
    List<IgnoreEntry> ignores = new ArrayList<>();
    for (JsonNode entry : root.path("ignore")) {
      List<String> ruleRefs = new ArrayList<>();
      entry.path("rules").forEach(r -> ruleRefs.add(r.asText()));
      ignores.add(new IgnoreEntry(dir, new IgnoreGlob(entry.path("files").asText()), List.copyOf(ruleRefs),
          entry.path("pointer").textValue(), entry.path("reason").asText(), display));
    }
    Optional<String> failOn = Optional.ofNullable(root.path("fail-on").textValue());
    return new LintConfig(Path.of(display), rules, packs, plugins, ignores, failOn, display);
  }

  private static LintConfig merge(LintConfig base, LintConfig over) {
    Map<String, RuleSetting> rules = new LinkedHashMap<>(base.rules());
    over.rules().forEach((ref, setting) -> {
      RuleSetting earlier = rules.get(ref);
      if (earlier != null && setting.severity().isEmpty()) {
        setting = new RuleSetting(ref, earlier.severity(), setting.options(), setting.origin(), setting.position());
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

  private static String locate(String display, Document document, JsonPointer pointer) {
    SourcePosition at = document.positions().locate(pointer).keyOrValue().start();
    return "%s:%d:%d".formatted(display, at.line(), at.column());
  }
}
