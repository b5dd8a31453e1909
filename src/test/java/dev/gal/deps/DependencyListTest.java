package dev.gal.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/dependencies.md lists exactly the resolved runtime tree: each library,
 * its version and who pulls it in. A library that enters the tree without a
 * row there (saying what gal uses it for) fails the build, and so does a stale
 * row. The tree is written by maven-dependency-plugin's tree goal
 * (runtime-dependency-tree in pom.xml) before the tests run.
 */
class DependencyListTest {
  static final Path DOC = TestSupport.root().resolve("docs/dependencies.md");
  private static final Path TREE = TestSupport.root().resolve("target/runtime-dependencies.txt");
  // "|  +- group:artifact:type[:classifier]:version:scope" with any depth of "|  " or "   ".
  private static final Pattern NODE = Pattern.compile("^((?:[| ]  )*)[+\\\\]- ([^:\\s]+):([^:\\s]+):[^:\\s]+(?::[^:\\s]+)?:([^:\\s]+):(\\S+)");

  /** groupId:artifactId to the row the tree gives it. */
  static Map<String, DependencyList.Row> resolvedTree() throws IOException {
    assertTrue(Files.isRegularFile(TREE), TREE + " is missing; run the tests with Maven (mvn test), which writes it");
    Map<String, DependencyList.Row> resolved = new LinkedHashMap<>();
    Deque<String> parents = new ArrayDeque<>();
    for (String line : Files.readAllLines(TREE)) {
      Matcher m = NODE.matcher(line);
      if (!m.find()) {
        continue;
      }
      int depth = m.group(1).length() / 3;
      while (parents.size() > depth) {
        parents.pop();
      }
      String id = m.group(2) + ":" + m.group(3);
      resolved.put(id, new DependencyList.Row(id, m.group(4), parents.isEmpty() ? DependencyList.DIRECT : parents.peek(), "", ""));
      parents.push(id);
    }
    assertFalse(resolved.isEmpty(), "no dependency found in " + TREE);
    return resolved;
  }

  @Test
  void theListMatchesTheResolvedRuntimeTree() throws IOException {
    Map<String, DependencyList.Row> resolved = resolvedTree();
    DependencyList doc = DependencyList.read(DOC);
    Set<String> unlisted = new TreeSet<>(resolved.keySet());
    unlisted.removeAll(doc.runtime().keySet());
    Set<String> stale = new TreeSet<>(doc.runtime().keySet());
    stale.removeAll(resolved.keySet());
    assertEquals(Set.of(), unlisted, "runtime libraries missing from docs/dependencies.md: add a row saying what gal uses each for, "
        + "or exclude it in pom.xml");
    assertEquals(Set.of(), stale, "rows of docs/dependencies.md that are not in the runtime tree");
    for (DependencyList.Row row : doc.runtime().values()) {
      DependencyList.Row actual = resolved.get(row.id());
      assertEquals(actual.version(), row.version(), "version of " + row.id() + " in docs/dependencies.md");
      assertEquals(actual.pulledInBy(), row.pulledInBy(), "who pulls in " + row.id() + ", in docs/dependencies.md");
      assertFalse(row.usedFor().isBlank(), "what gal uses " + row.id() + " for");
      assertFalse(row.licence().isBlank(), "the licence of " + row.id());
    }
  }

  @Test
  void nothingLeftOutIsInTheTree() throws IOException {
    Map<String, DependencyList.Row> resolved = resolvedTree();
    DependencyList doc = DependencyList.read(DOC);
    assertFalse(doc.leftOut().isEmpty());
    for (Map.Entry<String, String> left : doc.leftOut().entrySet()) {
      assertFalse(resolved.containsKey(left.getKey()), left.getKey() + " is listed as left out but is in the runtime tree");
    }
  }
}
