package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.rule.Category;
import dev.gal.rule.Finding;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule that throws costs its own findings, once, as an error notice naming rule and file; the others still run. */
class RuleRunnerTest {
  private static RuleMeta metaOf(String id, String name) {
    return new RuleMeta(id, name, "s", "d", Severity.WARNING, Category.PATHS, "", "0.1");
  }

  private static final GalConfigRule THROWS = new GalConfigRule() {
    @Override
    public RuleMeta meta() {
      return metaOf("GAL-TST-901", "always-throws");
    }

    @Override
    public void check(GalConfig config, RuleContext context) {
      throw new IllegalStateException("boom");
    }
  };

  private static final GalConfigRule REPORTS = new GalConfigRule() {
    @Override
    public RuleMeta meta() {
      return metaOf("GAL-TST-902", "always-reports");
    }

    @Override
    public void check(GalConfig config, RuleContext context) {
      context.report(JsonPointer.root().append("version"), "seen");
    }
  };

  private final RuleRegistry registry = RuleRegistry.builtIn().only(Set.of()).plus(List.of(THROWS, REPORTS), "test");
  private final Document document = new Loader(LoadLimits.DEFAULTS)
      .load("version: '1'\nprovider: aws_apigateway\n".getBytes(StandardCharsets.UTF_8), "conf.yaml").documents().get(0);

  @Test
  void aThrowingRuleBecomesOneErrorNoticeAndTheNextRuleStillRuns() {
    List<Finding> findings = new ArrayList<>();
    List<ToolNotice> notices = new ArrayList<>();
    new RuleRunner(registry, RuleSettings.DEFAULTS, Timings.OFF).galConfig(document, findings, notices);
    assertEquals(List.of(new ToolNotice(ToolNotice.Level.ERROR, "conf.yaml",
        "rule GAL-TST-901 failed: java.lang.IllegalStateException: boom")), notices);
    assertEquals(1, findings.size());
    assertEquals("GAL-TST-902", findings.get(0).rule().id());
    assertEquals(1, findings.get(0).range().start().line());
  }

  @Test
  void everyRuleThatRanIsTimedAndADisabledRuleDoesNotRun() {
    Timings timings = Timings.recording();
    List<ToolNotice> notices = new ArrayList<>();
    RuleSettings settings = new RuleSettings(Map.of(), Map.of("GAL-TST-901", RuleSettings.OFF));
    new RuleRunner(registry, settings, timings).galConfig(document, new ArrayList<>(), notices);
    assertEquals(List.of(), notices);
    assertEquals(List.of("GAL-TST-902"), timings.slowestRules(10).stream().map(Map.Entry::getKey).toList());
  }
}
