package dev.gal.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fails when the generated rule docs are stale. To regenerate on purpose:
 * mvn test -Dtest=RuleDocsTest -Dgal.updateDocs=true
 */
class RuleDocsTest {
  private static final boolean UPDATE = TestSupport.updateRequested("gal.updateDocs");
  private static final Path DOCS = TestSupport.root().resolve("docs/rules");
  private final RuleDocs docs = new RuleDocs();

  @TestFactory
  Stream<DynamicTest> everyRulePageIsCurrent() {
    return docs.rules().stream().map(meta -> DynamicTest.dynamicTest(meta.id(),
        () -> check(DOCS.resolve(meta.id() + ".md"), docs.page(meta))));
  }

  @Test
  void indexIsCurrent() throws IOException {
    check(DOCS.resolve("README.md"), docs.index());
  }

  @Test
  void readmeTableIsCurrent() throws IOException {
    Path readme = TestSupport.root().resolve("README.md");
    String text = Files.readString(readme);
    int start = text.indexOf(RuleDocs.TABLE_START);
    int end = text.indexOf(RuleDocs.TABLE_END);
    assertTrue(start >= 0 && end > start, "README.md needs the rule table markers");
    String generated = RuleDocs.TABLE_START + "\n\n" + docs.table("docs/rules/") + RuleDocs.TABLE_END;
    String updated = text.substring(0, start) + generated + text.substring(end + RuleDocs.TABLE_END.length());
    if (UPDATE) {
      Files.writeString(readme, updated);
    }
    assertEquals(updated, UPDATE ? Files.readString(readme) : text, "README.md rule table is stale: mvn test -Dtest=RuleDocsTest -Dgal.updateDocs=true");
  }

  private static void check(Path file, String expected) throws IOException {
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected);
    }
    assertTrue(Files.exists(file), file + " is missing: mvn test -Dtest=RuleDocsTest -Dgal.updateDocs=true");
    assertEquals(expected, Files.readString(file),
        file + " is stale: mvn test -Dtest=RuleDocsTest -Dgal.updateDocs=true");
  }
}
