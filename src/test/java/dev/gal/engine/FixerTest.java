package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix loop ends: fixes that undo one another stop it, and so does the pass limit. */
class FixerTest {
  @TempDir
  Path dir;

  @RuleInfo(id = "GAL-TEST-801", name = "a-to-b", summary = "a should be b", description = "Renames a to b, for this test.",
      severity = Severity.WARNING, category = Category.OPERATIONS, reference = "https://example.com", appliesTo = AppliesTo.ANY_CONFIG,
      fix = FixKind.SAFE)
  static final class AToB implements GalConfigRule {
    @Override
    public void check(GalConfig config, RuleContext context) {
      config.root().member("a").ifPresent(a -> context.reportKey(a.pointer(), "a should be b", Fix.renameKey(a.pointer(), "b")));
    }
  }

  @RuleInfo(id = "GAL-TEST-802", name = "b-to-a", summary = "b should be a", description = "Renames b back to a, for this test.",
      severity = Severity.WARNING, category = Category.OPERATIONS, reference = "https://example.com", appliesTo = AppliesTo.ANY_CONFIG,
      fix = FixKind.SAFE)
  static final class BToA implements GalConfigRule {
    @Override
    public void check(GalConfig config, RuleContext context) {
      config.root().member("b").ifPresent(b -> context.reportKey(b.pointer(), "b should be a", Fix.renameKey(b.pointer(), "a")));
    }
  }

  @RuleInfo(id = "GAL-TEST-803", name = "always-more", summary = "the list is never long enough",
      description = "Asks for one more item whatever the list holds, for this test.", severity = Severity.WARNING,
      category = Category.OPERATIONS, reference = "https://example.com", appliesTo = AppliesTo.ANY_CONFIG, fix = FixKind.SAFE)
  static final class AlwaysMore implements GalConfigRule {
    @Override
    public void check(GalConfig config, RuleContext context) {
      config.root().member("l").ifPresent(l -> context.report(l.pointer(), "l has " + l.value().size() + " items; add one",
          Fix.appendItems(l.pointer(), List.of(TextNode.valueOf("i" + l.value().size())))));
    }
  }

  @RuleInfo(id = "GAL-TEST-804", name = "no-fix-declared", summary = "reports a fix it does not declare",
      description = "Offers a fix without declaring one, for this test.", severity = Severity.WARNING,
      category = Category.OPERATIONS, reference = "https://example.com", appliesTo = AppliesTo.ANY_CONFIG)
  static final class Undeclared implements GalConfigRule {
    @Override
    public void check(GalConfig config, RuleContext context) {
      context.report(JsonPointer.of("x"), "x", Fix.replaceValue(JsonPointer.of("x"), TextNode.valueOf("z")));
    }
  }

  /** Fixes a config that starts with {@code version: "1.0"}, so that it is recognised as one, followed by {@code text}. */
  private FileReport fix(String text, GalConfigRule... rules) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, VERSION + text);
    RuleRegistry registry = RuleRegistry.builtIn().only(java.util.Set.of()).plus(List.of(rules), "test");
    LintReport report = new LintEngine(registry, new Loader(LoadLimits.DEFAULTS), RuleSettings.DEFAULTS, GeneratedDocumentStage::new)
        .lint(List.of(new InputFile(file, "c.yaml", true)), List.of(), ProgressListener.NONE, FixPolicy.SAFE);
    lastNotices = report.notices();
    return report.files().get(0);
  }

  private static final String VERSION = "version: \"1.0\"\n";

  private List<ToolNotice> lastNotices;

  @Test
  void fixesThatUndoEachOtherStopWhereTheyStarted() throws Exception {
    FileReport report = fix("a: 1\n", new AToB(), new BToA());
    assertEquals(1, report.fixed().passes().size(), () -> "the pass back to a: 1 is not made: " + report.fixed().passes());
    assertEquals(VERSION + "b: 1\n", report.source().text());
    assertTrue(lastNotices.stream().anyMatch(n -> n.message().contains("GAL-TEST-802 undo earlier fixes")), lastNotices.toString());
  }

  @Test
  void aFixThatNeverSatisfiesItsRuleStopsAfterTenPasses() throws Exception {
    FileReport report = fix("l: [i0]\n", new AlwaysMore());
    assertEquals(Fixer.MAX_PASSES, report.fixed().passes().size());
    assertEquals(VERSION + "l: [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10]\n", report.source().text());
    assertTrue(lastNotices.stream().anyMatch(n -> n.message().contains("stopped fixing after 10 passes")), lastNotices.toString());
  }

  @Test
  void aRuleMustDeclareTheFixesItReports() throws Exception {
    FileReport report = fix("x: 1\n", new Undeclared());
    assertEquals(0, report.fixed().applied());
    assertTrue(lastNotices.stream().anyMatch(n -> n.message().contains("GAL-TEST-804 reports a fix but its @RuleInfo declares none")),
        lastNotices.toString());
  }
}
