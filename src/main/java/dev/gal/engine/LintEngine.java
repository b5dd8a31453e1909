package dev.gal.engine;

import dev.gal.load.LoadDiagnostics;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.DocumentKind;
import dev.gal.model.GalConfig;
import dev.gal.rule.Finding;
import dev.gal.aws.GeneratedDocument;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.model.OpenApiDocument;
import dev.gal.openapi.OpenApiStage;
import dev.gal.model.PositionIndex;
import dev.gal.model.SourceText;
import dev.gal.rule.Severity;
import dev.gal.suppress.BaselineKeys;
import dev.gal.suppress.SuppressedFinding;
import dev.gal.suppress.Suppressor;
import dev.gal.schema.SchemaStage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the stages over files: load, schema, rules. Stages add findings and
 * never print; the caller decides what to do with the report.
 */
public final class LintEngine {
  /** Top-level keys by which a file found in a directory walk is recognised as a GAL config. */
  private static final Set<String> GAL_MARKERS = Set.of("version", "provider", "services", "global_config", "global");

  /**
   * A file of many documents stops being checked once it has this many
   * findings, or ten times --max-findings: millions of findings cost minutes
   * and tell no more than the first thousands.
   */
  private static final long MIN_FINDINGS_BEFORE_STOP = 10_000;

  private final RuleRegistry registry;
  private final Loader loader;
  private final RuleSettings settings;
  private final Suppressor suppressor;
  private final OpenApiStage openApiStage;
  private final Timings timings;
  private final RuleRunner rules;

  public LintEngine(RuleRegistry registry, Loader loader) {
    this(registry, loader, RuleSettings.DEFAULTS, Suppressor.NONE);
  }

  public LintEngine(RuleRegistry registry, Loader loader, RuleSettings settings) {
    this(registry, loader, settings, Suppressor.NONE);
  }

  public LintEngine(RuleRegistry registry, Loader loader, RuleSettings settings, Suppressor suppressor) {
    this(registry, loader, settings, suppressor, new OpenApiStage(false));
  }

  public LintEngine(RuleRegistry registry, Loader loader, RuleSettings settings, Suppressor suppressor, OpenApiStage openApiStage) {
    this(registry, loader, settings, suppressor, openApiStage, Timings.OFF);
  }

  public LintEngine(RuleRegistry registry, Loader loader, RuleSettings settings, Suppressor suppressor, OpenApiStage openApiStage,
      Timings timings) {
    this.timings = timings;
    this.registry = registry;
    this.loader = loader;
    this.settings = settings;
    this.suppressor = suppressor;
    this.openApiStage = openApiStage;
    this.rules = new RuleRunner(registry, settings, timings);
  }

  public RuleRegistry registry() {
    return registry;
  }

  Loader loader() {
    return loader;
  }

  /**
   * Lints the files on all cores. Each file's report and notices are kept in
   * input order, so the output does not depend on scheduling.
   */
  public LintReport lint(List<InputFile> inputs, List<ToolNotice> earlierNotices) {
    return lint(inputs, earlierNotices, ProgressListener.NONE);
  }

  public LintReport lint(List<InputFile> inputs, List<ToolNotice> earlierNotices, ProgressListener progress) {
    return lint(inputs, earlierNotices, progress, null);
  }

  /**
   * Lints the files, and with a fix policy fixes each one in memory first:
   * each report is then of the fixed text and says what was fixed. Nothing
   * is written; that is the caller's to do.
   */
  public LintReport lint(List<InputFile> inputs, List<ToolNotice> earlierNotices, ProgressListener progress, FixPolicy fixes) {
    List<FileOutcome> outcomes = Parallel.map(inputs, input -> {
      FileOutcome outcome = lintOne(input, fixes);
      progress.fileDone();
      return outcome;
    });
    List<FileReport> files = new ArrayList<>();
    List<ToolNotice> notices = new ArrayList<>(earlierNotices);
    for (FileOutcome outcome : outcomes) {
      if (outcome.report() != null) {
        files.add(outcome.report());
      }
      notices.addAll(outcome.notices());
    }
    return new LintReport(List.copyOf(files), List.copyOf(notices), registry.allMeta());
  }

  /** One file's report (null when a directory walk found it is no GAL config) and its notices. */
  private record FileOutcome(FileReport report, List<ToolNotice> notices) {}

  private FileOutcome lintOne(InputFile input, FixPolicy fixes) {
    List<ToolNotice> notices = new ArrayList<>();
    try {
      long start = timings.start();
      // Fixing needs the bytes as read, to keep a byte order mark and to see whether the file changes before it is written.
      byte[] bytes = fixes != null && java.nio.file.Files.size(input.path()) <= loader.limits().maxFileBytes()
          ? java.nio.file.Files.readAllBytes(input.path()) : null;
      LoadResult loaded = bytes != null ? loader.load(bytes, input.displayPath()) : loader.load(input.path(), input.displayPath());
      timings.stage(Timings.Stage.LOAD, start);
      if (input.explicit() || unreadable(loaded) || looksLikeConfig(loaded)) {
        // A file named on the command line that is neither a GAL config nor an OpenAPI document is linted,
        // but renaming its keys toward GAL's would wreck whatever it is.
        return new FileOutcome(bytes != null && looksLikeConfig(loaded) ? new Fixer(this, fixes).fix(input, bytes, loaded, notices)
            : check(input, loaded, notices), notices);
      }
    } catch (IOException e) {
      notices.add(new ToolNotice(ToolNotice.Level.ERROR, input.displayPath(), "could not be read: " + dev.gal.io.IoProblems.reason(e)));
    }
    return new FileOutcome(null, notices);
  }

  /**
   * Lints text as {@link #lint} lints a file with these contents, from the same decision on whether to lint it at
   * all: null when {@code input} is not explicit and the text is neither a GAL config nor an OpenAPI document.
   */
  public FileReport lintText(InputFile input, String text, List<ToolNotice> notices) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    LoadResult loaded = bytes.length > loader.limits().maxFileBytes() ? loader.tooLarge(bytes.length, input.displayPath())
        : loader.load(bytes, input.displayPath());
    return input.explicit() || unreadable(loaded) || looksLikeConfig(loaded) ? check(input, loaded, notices) : null;
  }

  /** Lints an already loaded file: schema, rules, severities, then suppressions. */
  public FileReport check(InputFile input, LoadResult loaded, List<ToolNotice> notices) {
    SourceText source = loaded.source();
    List<Suppressor.Located> located = new ArrayList<>();
    for (Finding f : loaded.findings()) {
      located.add(new Suppressor.Located(f.withFingerprint(BaselineKeys.fingerprint(f, null, source)), 0));
    }
    long stopAfter = Math.max(MIN_FINDINGS_BEFORE_STOP, 10L * loader.limits().maxFindings());
    for (Document document : loaded.documents()) {
      if (located.size() >= stopAfter) {
        notices.add(new ToolNotice(ToolNotice.Level.WARNING, input.displayPath(), ("gal stopped after %d findings: documents %d "
            + "to %d were not checked, so the counts are lower bounds; fix these and run again")
            .formatted(located.size(), document.number(), loaded.documents().size())));
        break;
      }
      List<Finding> found = new ArrayList<>();
      if (document.kind() == DocumentKind.OPENAPI) {
        OpenApiDocument openApi = new OpenApiDocument(document);
        notices.add(new ToolNotice(ToolNotice.Level.VERBOSE, input.displayPath(), "document %d: %s, linted as %s API".formatted(
            document.number(), openApi.isSwagger2() ? "Swagger 2.0" : "OpenAPI " + document.root().path("openapi").asText(), openApi.kind())));
        // The structural check and the rules read the same tree independently: run them side by side.
        java.util.concurrent.CompletableFuture<List<Finding>> structure = java.util.concurrent.CompletableFuture.supplyAsync(
            () -> timings.time(Timings.Stage.OPENAPI_STRUCTURE, () -> {
              List<Finding> parsed = new ArrayList<>();
              openApiStage.check(document, input.path(), parsed);
              return parsed;
            }));
        timings.time(Timings.Stage.RULES, () -> rules.openApi(openApi, found, notices));
        found.addAll(structure.join());
      } else {
        SchemaStage.Checked schema = timings.time(Timings.Stage.SCHEMA, () -> SchemaStage.galConfig().check(document));
        found.addAll(schema.findings());
        if (schema.stoppedAtFirst()) {
          notices.add(new ToolNotice(ToolNotice.Level.WARNING, input.displayPath(), ("the document holds more than %d "
              + "values, so the schema stage reported only its first problem; fix it and run again")
              .formatted(SchemaStage.FULL_CHECK_MAX_VALUES)));
        }
        found.addAll(MisspellingFollowOns.withoutFollowOns(ruleStages(document, schema.findings(), notices), document,
            schema.misspellings(), meant -> ruleStages(meant, schema.findings(), new ArrayList<>())));
      }
      for (Finding f : found) {
        located.add(new Suppressor.Located(f.withFingerprint(BaselineKeys.fingerprint(f, document, source)), document.number()));
      }
    }
    List<Suppressor.Located> kept = new ArrayList<>();
    for (Suppressor.Located l : located) {
      applySeverity(l.finding()).ifPresent(f -> kept.add(new Suppressor.Located(f, l.document())));
    }
    Suppressor.Outcome outcome = timings.time(Timings.Stage.SUPPRESSIONS, () -> suppressor.apply(input.path(), source,
        loaded.documents(), kept, registry.allMeta()));
    List<Finding> all = new ArrayList<>(outcome.active());
    outcome.diagnostics().forEach(d -> applySeverity(d).ifPresent(all::add));
    all.sort(Finding.ORDER);
    int max = loader.limits().maxFindings();
    FindingsCap.Capped capped = FindingsCap.apply(all, max);
    if (!capped.omitted().isEmpty()) {
      notices.add(new ToolNotice(ToolNotice.Level.WARNING, input.displayPath(), FindingsCap.notice(capped.omitted(), max)));
    }
    List<SuppressedFinding> suppressed = outcome.suppressed().stream()
        .sorted(java.util.Comparator.comparing(SuppressedFinding::finding, Finding.ORDER)).toList();
    return new FileReport(input.path(), source, capped.shown(), suppressed, capped.omitted());
  }

  /** What the rules find in a GAL config and in the document gal export would make of it. */
  private List<Finding> ruleStages(Document document, List<Finding> schemaFindings, List<ToolNotice> notices) {
    List<Finding> found = new ArrayList<>(schemaFindings);
    timings.time(Timings.Stage.RULES, () -> rules.galConfig(document, found, notices));
    timings.time(Timings.Stage.EXPORT, () -> lintGenerated(document, found, notices));
    return found.subList(schemaFindings.size(), found.size());
  }

  /** The finding with the user's severity, or empty when the user switched its rule off. */
  private Optional<Finding> applySeverity(Finding finding) {
    if (settings.disabled(finding.rule())) {
      return Optional.empty();
    }
    Severity severity = settings.severityOf(finding.rule());
    return Optional.of(severity == finding.severity() ? finding : finding.withSeverity(severity));
  }

  /**
   * For a GAL config without errors, lints the document gal export would
   * write, and reports each finding at the GAL line that produced it.
   */
  private void lintGenerated(Document document, List<Finding> found, List<ToolNotice> notices) {
    GalConfig config = new GalConfig(document);
    if (!config.targetsAws() || found.stream().anyMatch(f -> settings.severityOf(f.rule()) == Severity.ERROR && !settings.disabled(f.rule()))) {
      return;
    }
    GeneratedDocument generated = new OpenApiGenerator(false, ExportTimeoutLimit.of(config, registry, settings)).generate(config);
    Document openApi = new Document(new SourceText("(generated)", ""), document.number(), generated.document(), new PositionIndex());
    rules.generated(new OpenApiDocument(openApi), new GeneratedSource(document, generated.sourceMap()), found, notices);
  }

  /**
   * Whether a file found in a walk failed to parse, so that nobody can tell
   * what it is; an empty file or a list at the root is plainly something else.
   */
  private static boolean unreadable(LoadResult loaded) {
    return loaded.findings().stream().anyMatch(f -> f.rule() != LoadDiagnostics.ROOT_NOT_MAPPING && f.rule() != LoadDiagnostics.EMPTY);
  }

  private static boolean looksLikeConfig(LoadResult loaded) {
    return loaded.documents().stream().anyMatch(d -> d.kind() == DocumentKind.OPENAPI
        || GAL_MARKERS.stream().anyMatch(d.root()::has));
  }
}
