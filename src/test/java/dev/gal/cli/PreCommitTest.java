package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hooks: their definition against pre-commit's documented
 * format, and, where the pre-commit binary is installed (.ci/run installs
 * Debian's package), a real run through 'pre-commit try-repo' in a
 * temporary repository.
 */
class PreCommitTest {
  private static final Set<String> LANGUAGES = Set.of("script", "system", "python", "node", "docker", "fail");

  @TempDir
  Path repo;

  @Test
  void hookDefinitionFollowsTheDocumentedFormat() throws IOException {
    JsonNode hooks = new ObjectMapper(new YAMLFactory()).readTree(TestSupport.root().resolve(".pre-commit-hooks.yaml").toFile());
    assertTrue(hooks.isArray());
    List<String> ids = new ArrayList<>();
    for (JsonNode hook : hooks) {
      for (String key : List.of("id", "name", "entry", "language")) {
        assertTrue(hook.path(key).isTextual(), key + " is required: " + hook);
      }
      assertTrue(LANGUAGES.contains(hook.path("language").asText()));
      Pattern.compile(hook.path("files").asText(""));
      Pattern.compile(hook.path("exclude").asText("^$"));
      Path script = TestSupport.root().resolve(hook.path("entry").asText().split(" ")[0]);
      assertTrue(Files.isExecutable(script), script + " is executable");
      ids.add(hook.path("id").asText());
    }
    assertEquals(List.of("gal-lint", "gal-export-check"), ids);
  }

  @Test
  void realPreCommitRunsBothHooks() throws Exception {
    assumeTrue(onPath("pre-commit"), "pre-commit is not installed; the definition test above still ran");
    git("init", "-q");
    Files.copy(TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml"), repo.resolve("orders.yaml"));
    Files.copy(TestSupport.root().resolve("examples/cognito-private.yaml"), repo.resolve("inventory.yaml"));
    Files.writeString(repo.resolve("inventory.openapi.json"), "{}\n");
    Files.writeString(repo.resolve("ci.yaml"), "steps: [build, test]\n");
    git("add", ".");

    Result lint = preCommit("gal-lint", "orders.yaml", "inventory.yaml", "ci.yaml");
    assertNotEquals(0, lint.code(), lint.output());
    assertTrue(lint.output().contains("AWS-INT-001"), lint.output());
    assertFalse(lint.output().contains("ci.yaml"), "unrelated YAML is skipped: " + lint.output());

    Result clean = preCommit("gal-lint", "inventory.yaml", "ci.yaml");
    assertEquals(0, clean.code(), clean.output());

    Result stale = preCommit("gal-export-check", "inventory.yaml");
    assertNotEquals(0, stale.code(), stale.output());
    assertTrue(stale.output().contains("inventory.openapi.json is stale"), stale.output());

    Files.writeString(repo.resolve("inventory.openapi.json"),
        TestSupport.cli("export", repo.resolve("inventory.yaml").toString()).stdout());
    git("add", ".");
    Result fresh = preCommit("gal-export-check", "inventory.yaml");
    assertEquals(0, fresh.code(), fresh.output());
  }

  private record Result(int code, String output) {}

  private Result preCommit(String hook, String... files) throws Exception {
    List<String> command = new ArrayList<>(List.of("pre-commit", "try-repo", TestSupport.root().toString(), hook, "--verbose", "--files"));
    command.addAll(List.of(files));
    return run(command, 600);
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Result result = run(command, 60);
    assertEquals(0, result.code(), result.output());
  }

  private Result run(List<String> command, long timeoutSeconds) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PRE_COMMIT_HOME", repo.resolveSibling(repo.getFileName() + "-pre-commit-home").toString());
    env.put("GIT_AUTHOR_NAME", "gal test");
    env.put("GIT_AUTHOR_EMAIL", "test@gal.invalid");
    env.put("GIT_COMMITTER_NAME", "gal test");
    env.put("GIT_COMMITTER_EMAIL", "test@gal.invalid");
    env.put("NO_COLOR", "1");
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(timeoutSeconds, TimeUnit.SECONDS), "timed out: " + command);
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
