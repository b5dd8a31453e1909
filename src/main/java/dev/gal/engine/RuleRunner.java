package dev.gal.engine;

import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Finding;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the enabled rules of one kind over one document, in id order. The one place that times each rule and turns
 * a rule that throws into an error notice, so that a broken rule costs its own findings and not the file's. The
 * OpenAPI rules of a one-file run share the work with the file's side thread once it is free; each rule's findings
 * and notices are kept apart and added in id order, so the report is the same as from one thread.
 */
public final class RuleRunner {
  private final RuleRegistry registry;
  private final RuleSettings settings;
  private final Timings timings;

  RuleRunner(RuleRegistry registry, RuleSettings settings, Timings timings) {
    this.registry = registry;
    this.settings = settings;
    this.timings = timings;
  }

  /** The GAL config rules; AWS-only ones only when the config targets AWS. */
  void galConfig(Document document, List<Finding> findings, List<ToolNotice> notices) {
    GalConfig config = new GalConfig(document);
    boolean aws = config.targetsAws();
    run(GalConfigRule.class, meta -> aws || meta.appliesTo() != AppliesTo.AWS_CONFIG,
        (meta, sink) -> new DocumentRuleContext(document, meta, settings.optionsFor(meta), sink),
        (rule, context) -> rule.check(config, context), document.source().displayPath(), findings, notices, null);
  }

  /** The OpenAPI rules on a document the user wrote; with a helper (else null), some of them run on its thread. */
  void openApi(OpenApiDocument document, List<Finding> findings, List<ToolNotice> notices, ExecutorService helper) {
    run(OpenApiRule.class, meta -> true,
        (meta, sink) -> new DocumentRuleContext(document.document(), meta, settings.optionsFor(meta), sink),
        (rule, context) -> rule.check(document, context), document.document().source().displayPath(), findings, notices,
        helper);
  }

  /**
   * The OpenAPI rules that check generated documents, on one such document, each reporting through the context
   * {@code contexts} makes for it: the generated document's stage says where its findings belong and with which options.
   */
  public void generated(OpenApiDocument document, Function<RuleMeta, RuleContext> contexts, List<ToolNotice> notices) {
    // The stage's contexts collect their findings themselves, so the per-rule lists stay empty.
    run(OpenApiRule.class, RuleMeta::checksGenerated, (meta, sink) -> contexts.apply(meta),
        (rule, context) -> rule.check(document, context), document.document().source().displayPath(), new ArrayList<>(),
        notices, null);
  }

  private <R> void run(Class<R> kind, Predicate<RuleMeta> applies, BiFunction<RuleMeta, List<Finding>, RuleContext> contexts,
      BiConsumer<R, RuleContext> check, String displayPath, List<Finding> findings, List<ToolNotice> notices,
      ExecutorService helper) {
    List<Runnable> tasks = new ArrayList<>();
    List<List<Finding>> found = new ArrayList<>();
    List<List<ToolNotice>> failures = new ArrayList<>();
    for (RuleRegistry.Entry entry : registry.entries()) {
      RuleMeta meta = entry.meta();
      if (!kind.isInstance(entry.rule()) || settings.disabled(meta) || !applies.test(meta)) {
        continue;
      }
      List<Finding> sink = new ArrayList<>();
      List<ToolNotice> failure = new ArrayList<>(1);
      found.add(sink);
      failures.add(failure);
      tasks.add(() -> {
        long start = timings.start();
        try {
          check.accept(kind.cast(entry.rule()), contexts.apply(meta, sink));
        } catch (RuntimeException e) {
          failure.add(new ToolNotice(ToolNotice.Level.ERROR, displayPath, "rule %s failed: %s".formatted(meta.id(), e)));
        }
        timings.rule(meta.id(), start);
      });
    }
    SharedWork.run(tasks, helper);
    found.forEach(findings::addAll);
    failures.forEach(notices::addAll);
  }
}
