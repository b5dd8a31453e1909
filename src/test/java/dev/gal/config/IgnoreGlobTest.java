package dev.gal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The files globs of a lint config's ignore list follow gitignore. */
class IgnoreGlobTest {
  @TempDir
  Path repo;

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      legacy/**/*.yaml   | legacy/old.yaml           | true
      legacy/**/*.yaml   | legacy/a/b/old.yaml       | true
      legacy/**/*.yaml   | legacy/old.json           | false
      legacy/**/*.yaml   | other/legacy/old.yaml     | false
      **/orders.yaml     | orders.yaml               | true
      **/orders.yaml     | a/b/orders.yaml           | true
      *.yaml             | orders.yaml               | true
      *.yaml             | gateway/deep/orders.yaml  | true
      orders.yaml        | gateway/orders.yaml       | true
      /orders.yaml       | orders.yaml               | true
      /orders.yaml       | gateway/orders.yaml       | false
      gateway/orders.yaml| gateway/orders.yaml       | true
      gateway/orders.yaml| x/gateway/orders.yaml     | false
      gateway/*.yaml     | gateway/orders.yaml       | true
      gateway/*.yaml     | gateway/v1/orders.yaml    | false
      gateway/*          | gateway/v1/orders.yaml    | true
      legacy/            | legacy/old.yaml           | true
      legacy/            | a/legacy/b/old.yaml       | true
      legacy/            | legacy                    | false
      /legacy/           | a/legacy/old.yaml         | false
      legacy             | a/legacy/old.yaml         | true
      legacy/**          | legacy/a/old.yaml         | true
      legacy/**          | legacy                    | false
      **                 | a/b.yaml                  | true
      a/**/b.yaml        | a/b.yaml                  | true
      a/**/b.yaml        | a/x/y/b.yaml              | true
      a/**/b.yaml        | ab.yaml                   | false
      api-?.yaml         | api-1.yaml                | true
      api-?.yaml         | api-10.yaml               | false
      a?b.yaml           | a/b.yaml                  | false
      a*b.yaml           | a/b.yaml                  | false
      api-[0-9].yaml     | api-7.yaml                | true
      api-[!0-9].yaml    | api-7.yaml                | false
      api-[!0-9].yaml    | api-x.yaml                | true
      {orders,pets}.yaml | gateway/pets.yaml         | true
      v1.0/*.yaml        | v1x0/a.yaml               | false
      \\*.yaml           | *.yaml                    | true
      \\*.yaml           | a.yaml                    | false
      """)
  void followsGitignore(String glob, String path, boolean matches) {
    assertEquals(matches, new IgnoreGlob(glob.strip()).matches(path.strip()), glob + " ~ " + path);
  }

  @Test
  void lintConfigIgnoresLegacyFilesAtEveryDepth() throws Exception {
    Path old = repo.resolve("legacy/old.yaml");
    Files.createDirectories(old.getParent());
    Files.copy(TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml"), old);
    Files.writeString(repo.resolve(".gal-lint.yaml"), """
        ignore:
          - files: "legacy/**/*.yaml"
            reason: the legacy gateway is being retired
        """);
    int unsuppressed = new ObjectMapper().readTree(TestSupport.cli("lint", "--format", "json",
        TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml").toString()).stdout()).path("findings").size();
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", old.toString());
    assertEquals(0, run.exitCode(), run.stdout());
    JsonNode report = new ObjectMapper().readTree(run.stdout());
    assertEquals(0, report.path("findings").size(), run.stdout());
    assertTrue(unsuppressed > 0);
    assertEquals(unsuppressed, report.path("suppressed").size(), "every finding of the file is suppressed: " + run.stdout());
  }

  @Test
  void filesOutsideTheConfigFolderNeverMatch() {
    IgnoreEntry entry = new IgnoreEntry(repo.resolve("gateway"), new IgnoreGlob("**"), List.of(), null, "r", "o");
    assertTrue(entry.matchesFile(repo.resolve("gateway/a.yaml")));
    assertEquals(false, entry.matchesFile(repo.resolve("other/a.yaml")));
  }
}
