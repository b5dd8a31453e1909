package dev.gal.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gal lsp with a real client: headless Neovim and its built-in LSP client,
 * driven by src/test/resources/lsp/neovim-client.lua. .ci/run installs
 * Debian's neovim; without nvim on the PATH the test is skipped, and says so.
 */
class LspNeovimTest {
  @TempDir
  Path dir;

  @Test
  void neovimSeesTheDiagnosticAppliesTheFixAndSeesItGo() throws Exception {
    String nvim = onPath("nvim");
    if (nvim == null) {
      System.out.println("NOTICE: LspNeovimTest skipped: nvim is not on the PATH (.ci/run installs Debian's neovim)");
    }
    assumeTrue(nvim != null, "nvim is not on the PATH");
    Path config = dir.resolve("api.yaml");
    Files.writeString(config, LspTestClient.BAD_CONFIG);
    Path result = dir.resolve("result.json");
    ObjectMapper json = new ObjectMapper();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> server = List.of(java, "-cp", System.getProperty("java.class.path"), "dev.gal.cli.Main", "lsp", "--debounce-ms", "50");
    ProcessBuilder builder = new ProcessBuilder(nvim, "--headless", "--clean", "-n",
        "-c", "luafile " + TestSupport.root().resolve("src/test/resources/lsp/neovim-client.lua"));
    builder.environment().put("GAL_LSP_CMD", json.writeValueAsString(server));
    builder.environment().put("GAL_LSP_FILE", config.toString());
    builder.environment().put("GAL_LSP_RULE", "GAL-SCHEMA-001");
    builder.environment().put("GAL_LSP_RESULT", result.toString());
    builder.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Neovim did not finish in 180 s: " + Files.readString(dir.resolve("nvim.log")));
    }
    assertTrue(Files.exists(result), "Neovim wrote no result (exit %d): %s".formatted(process.exitValue(), Files.readString(dir.resolve("nvim.log"))));
    JsonNode outcome = json.readTree(result.toFile());
    assertTrue(outcome.path("ok").asBoolean(), outcome.toString());
    assertEquals(6, outcome.path("line").asInt(), "the unknown key is on line 7: " + outcome);
    assertEquals(4, outcome.path("col").asInt(), outcome.toString());
    assertTrue(outcome.path("applied").asText().startsWith("Fix GAL-SCHEMA-001"), outcome.toString());
    assertEquals("    stage_name: \"prod\"", outcome.path("fixed_line").asText(), outcome.toString());
    assertTrue(outcome.path("stopped").asBoolean(), "the server ended on shutdown and exit: " + outcome);
    assertEquals(0, process.exitValue());
  }

  private static String onPath(String command) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, command);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
