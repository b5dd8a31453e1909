package dev.gal.engine;

import dev.gal.io.IoProblems;
import dev.gal.load.LoadDiagnostics;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.DocumentKind;
import dev.gal.model.SourceText;
import dev.gal.openapi.OpenApiStage;
import dev.gal.rule.Finding;
import dev.gal.suppress.BaselineKeys;
import dev.gal.suppress.Suppressor;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the stages over files: load; then on each document schema or OpenAPI structure, rules, the stage it is
 * handed to run after them (the generated document's); then severities, suppressions and the findings cap. Stages
 * add findings and never print; the caller decides what to do with the report.
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
  private final StageRunner stages;
  private final Stage load;
  /** What runs on each document of a file, in order. */
  private final List<Stage> documentStages;
  /** What runs on the findings of all of a file's documents, in order. */
  private final List<Stage> fileStages;
  private final boolean fingerprints;

  /** {@code afterRules} makes the stage that runs on each document after its rules: see {@link StageFactory}. */
  public LintEngine(RuleRegistry registry, Loader loader, RuleSettings settings, StageFactory afterRules) {
    this(registry, loader, settings, Suppressor.NONE, new OpenApiStage(false), Timings.OFF, afterRules, true);
  }

  /** {@code fingerprints}: whether findings get the fingerprints baselines match them by (see BaselineKeys). */
  public LintEngine(RuleRegistry registry, Loader loader, RuleSettings settings, Suppressor suppressor, OpenApiStage openApiStage,
      Timings timings, StageFactory afterRules, boolean fingerprints) {
    this.fingerprints = fingerprints;
    this.registry = registry;
    this.loader = loader;
    this.stages = new StageRunner(timings);
    RuleRunner rules = new RuleRunner(registry, settings, timings);
    RulesStage ruleStage = new RulesStage(rules);
    Stage afterRuleStage = afterRules.create(registry, settings, rules);
    SeverityStage severity = new SeverityStage(settings);
    this.load = new LoadStage(loader);
    this.documentStages = List.of(new GalSchemaStage(), new Alongside(new OpenApiStructureStage(openApiStage), ruleStage, stages),
        afterRuleStage, new FollowOnsStage(List.of(ruleStage, afterRuleStage)));
    this.fileStages = List.of(severity, new SuppressionsStage(suppressor, registry, severity),
        new CapStage(loader.limits().maxFindings()));
    List<String> names = new ArrayList<>(List.of(load.name()));
    for (Stage stage : documentStages) {
      (stage instanceof CompositeStage composite ? composite.parts() : List.of(stage)).forEach(s -> names.add(s.name()));
    }
    fileStages.forEach(stage -> names.add(stage.name()));
    timings.declare(names);
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
    // Files run on all cores; only a single file has cores to spare for its own stages to run side by side.
    ExecutorService side = inputs.size() == 1 ? Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "gal-lint-side");
      thread.setDaemon(true);
      return thread;
    }) : null;
    List<FileOutcome> outcomes;
    try {
      outcomes = Parallel.map(inputs, input -> {
        FileOutcome outcome = lintOne(input, fixes, side);
        progress.fileDone();
        return outcome;
      });
    } finally {
      if (side != null) {
        side.shutdownNow();
      }
    }
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

  private FileOutcome lintOne(InputFile input, FixPolicy fixes, ExecutorService side) {
    List<ToolNotice> notices = new ArrayList<>();
    try {
      FileLint file = new FileLint(input, notices, fixes != null).sideExecutor(side);
      stages.run(load, file);
      LoadResult loaded = file.loaded();
      if (input.explicit() || unreadable(loaded) || looksLikeConfig(loaded)) {
        // A file named on the command line that is neither a GAL config nor an OpenAPI document is linted,
        // but renaming its keys toward GAL's would wreck whatever it is.
        return new FileOutcome(file.bytes() != null && looksLikeConfig(loaded)
            ? new Fixer(this, fixes).fix(input, file.bytes(), loaded, notices) : check(file), notices);
      }
    } catch (UncheckedIOException e) {
      notices.add(new ToolNotice(ToolNotice.Level.ERROR, input.displayPath(), "could not be read: " + IoProblems.reason(e.getCause())));
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

  /** Lints an already loaded file: every stage after load. */
  public FileReport check(InputFile input, LoadResult loaded, List<ToolNotice> notices) {
    return check(new FileLint(input, loaded, notices));
  }

  private Finding fingerprinted(Finding finding, Document document, SourceText source) {
    return fingerprints ? finding.withFingerprint(BaselineKeys.fingerprint(finding, document, source)) : finding;
  }

  private FileReport check(FileLint file) {
    LoadResult loaded = file.loaded();
    SourceText source = loaded.source();
    for (Finding f : loaded.findings()) {
      file.located().add(new Suppressor.Located(fingerprinted(f, null, source), 0));
    }
    long stopAfter = Math.max(MIN_FINDINGS_BEFORE_STOP, 10L * loader.limits().maxFindings());
    for (Document document : loaded.documents()) {
      if (file.located().size() >= stopAfter) {
        file.notice(ToolNotice.Level.WARNING, ("gal stopped after %d findings: documents %d to %d were not checked, "
            + "so the counts are lower bounds; fix these and run again")
            .formatted(file.located().size(), document.number(), loaded.documents().size()));
        break;
      }
      file.at(document, new ArrayList<>());
      documentStages.forEach(stage -> stages.run(stage, file));
      for (Finding f : file.found()) {
        file.located().add(new Suppressor.Located(fingerprinted(f, document, source), document.number()));
      }
    }
    file.at(null, null);
    fileStages.forEach(stage -> stages.run(stage, file));
    return file.report();
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
