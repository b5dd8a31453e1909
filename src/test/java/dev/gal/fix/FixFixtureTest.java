package dev.gal.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.Fixtures;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.FileReport;
import dev.gal.engine.Fixed;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.ProgressListener;
import dev.gal.engine.RuleRegistry;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.rule.Finding;
import dev.gal.rule.FixChange;
import dev.gal.rule.FixKind;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixable rule's fix, applied to the rule's bad fixtures with all rules
 * on: each pass parses to the tree before it plus exactly the changes of the
 * fixes it applied, the rule no longer fires where it was fixed, and no error
 * appears that was not there before.
 */
class FixFixtureTest {
  private static final RuleRegistry ALL = RuleRegistry.builtIn();
  private static final Loader LOADER = new Loader(LoadLimits.DEFAULTS);

  @TestFactory
  Stream<DynamicNode> everyFixMakesExactlyItsChange() {
    return ALL.allMeta().stream().filter(meta -> meta.fix() != FixKind.NONE).map(meta -> DynamicContainer.dynamicContainer(meta.id(),
        Stream.concat(Stream.of(DynamicTest.dynamicTest("fixes some bad fixture", () -> assertSomeFixture(meta))),
            Fixtures.bad(meta.id()).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertFixed(meta, file))))));
  }

  /** The file fixed with this rule's fixes only, safe or not. */
  static FileReport fix(RuleMeta meta, Path file) {
    LintEngine engine = new LintEngine(ALL, LOADER, Fixtures.settings(meta.id()), GeneratedDocumentStage::new);
    return engine.lint(List.of(new InputFile(file, Fixtures.display(file), true)), List.of(), ProgressListener.NONE,
        finding -> finding.rule().id().equals(meta.id())).files().get(0);
  }

  private static void assertSomeFixture(RuleMeta meta) {
    assertTrue(Fixtures.bad(meta.id()).stream().anyMatch(file -> fix(meta, file).fixed().changed()),
        meta.id() + " declares a fix, but none of its bad fixtures gets one");
  }

  private static void assertFixed(RuleMeta meta, Path file) {
    FileReport after = fix(meta, file);
    Fixed fixed = after.fixed();
    String before = fixed.before().source().text();
    for (Fixed.Pass pass : fixed.passes()) {
      List<JsonNode> expected = new ArrayList<>();
      for (Document document : parse(before)) {
        expected.add(document.root().deepCopy());
      }
      for (Finding applied : pass.applied()) {
        for (FixChange change : applied.fix().changes()) {
          TreeChanges.apply(expected.get(documentOf(applied, before) - 1), change);
        }
      }
      assertEquals(expected, parse(pass.text()).stream().map(Document::root).toList(),
          "the fixes of one pass change the tree by their changes and nothing else");
      before = pass.text();
    }
    for (Finding applied : fixed.passes().stream().flatMap(p -> p.applied().stream()).toList()) {
      assertFalse(after.allFindings().anyMatch(f -> key(f).equals(key(applied))),
          () -> meta.id() + " still fires where it was fixed: " + applied.message() + "\n" + after.source().text());
    }
    Map<String, Integer> errorsBefore = errors(fixed.before());
    errors(after).forEach((error, count) -> assertTrue(count <= errorsBefore.getOrDefault(error, 0),
        () -> "a new error after the fix: " + error + "\n" + after.source().text()));
  }

  private static List<Document> parse(String text) {
    LoadResult loaded = LOADER.load(text.getBytes(StandardCharsets.UTF_8), "fixed.yaml");
    assertEquals(List.of(), loaded.findings(), "the fixed text reads cleanly");
    return loaded.documents();
  }

  /** The number of the document a finding is in, by its line. */
  private static int documentOf(Finding finding, String text) {
    List<Document> documents = parse(text);
    int number = 1;
    for (Document document : documents) {
      int firstLine = document.positions().locate(dev.gal.model.JsonPointer.root()).value().start().line();
      if (firstLine <= finding.range().start().line()) {
        number = document.number();
      }
    }
    return documents.stream().map(Document::number).toList().indexOf(number) + 1;
  }

  private static String key(Finding finding) {
    return finding.rule().id() + " " + finding.pointerText() + " " + finding.message();
  }

  private static Map<String, Integer> errors(FileReport report) {
    Map<String, Integer> errors = new HashMap<>();
    report.allFindings().filter(f -> f.severity() == Severity.ERROR)
        .forEach(f -> errors.merge(f.rule().id() + " " + f.message(), 1, Integer::sum));
    return errors;
  }
}
