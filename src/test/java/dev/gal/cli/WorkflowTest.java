package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The formats and options users meet in CI: JUnit XML, many files in parallel, --changed-since, completion. */
class WorkflowTest {
  @TempDir
  Path dir;

  @Test
  void junitXmlParsesAndCountsFailures() throws Exception {
    String xml = TestSupport.cli("lint", "--format", "junit", "fixtures/cli/inputs/timeout-30000.yaml",
        "fixtures/cli/inputs/control-chars.yaml", "examples/cognito-private.yaml").stdout();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element root = document.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(3, suites.getLength());
    int failures = root.getElementsByTagName("failure").getLength();
    assertEquals(Integer.parseInt(root.getAttribute("failures")), failures);
    assertTrue(failures >= 3, xml);
  }

  @Test
  void twoHundredFilesLintInParallelWithDeterministicOutput() throws Exception {
    String valid = Files.readString(TestSupport.root().resolve("examples/lambda-authorizer.yaml"));
    for (int i = 0; i < 200; i++) {
      Path sub = Files.createDirectories(dir.resolve("team" + (i % 7)));
      String config = i % 5 == 0 ? valid.replace("integration_timeout_ms: 10000", "integration_timeout_ms: " + (30000 + i)) : valid;
      Files.writeString(sub.resolve("api-%03d.yaml".formatted(i)), config.replace("orders-api", "orders-api-" + i));
    }
    String first = TestSupport.cli("lint", "--format", "json", dir.toString()).stdout();
    for (int run = 0; run < 3; run++) {
      assertEquals(first, TestSupport.cli("lint", "--format", "json", dir.toString()).stdout());
    }
    JsonNode report = new ObjectMapper().readTree(first);
    assertEquals(200, report.at("/counts/files").asInt());
    assertEquals(40, report.at("/counts/error").asInt());
    List<String> files = new ArrayList<>();
    report.path("findings").forEach(f -> files.add(f.path("file").asText()));
    assertEquals(files.stream().sorted().toList(), files, "findings come in path order");
  }

  @Test
  void changedSinceLintsOnlyWhatGitReportsAsChanged() throws Exception {
    git("init", "-q");
    Path committed = dir.resolve("committed.yaml");
    Path modified = dir.resolve("modified.yaml");
    Files.copy(TestSupport.root().resolve("fixtures/cli/inputs/timeout-30000.yaml"), committed);
    Files.copy(TestSupport.root().resolve("examples/petstore.yaml"), modified);
    git("add", ".");
    git("commit", "-q", "-m", "initial");
    Files.writeString(modified, Files.readString(modified).replace("PetStore-API", "PetStore-API-v2"));
    Files.copy(TestSupport.root().resolve("examples/cognito-private.yaml"), dir.resolve("untracked.yaml"));
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", "--changed-since", "HEAD", dir.toString());
    JsonNode report = new ObjectMapper().readTree(run.stdout());
    assertEquals(2, report.at("/counts/files").asInt(), run.stdout() + run.stderr());
    assertTrue(!run.stdout().contains("committed.yaml"), "the unchanged file is not linted");
    assertEquals(2, TestSupport.cli("lint", "--changed-since", "no-such-rev", dir.toString()).exitCode());
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=gal test", "-c", "user.email=test@gal.invalid"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
  }

  @Test
  void completionScriptsForBashAndZsh() {
    String bash = TestSupport.cli("completion", "bash").stdout();
    assertTrue(bash.contains("complete -F"), bash.substring(0, Math.min(200, bash.length())));
    assertTrue(bash.contains("--changed-since"));
    assertTrue(bash.contains("lsp"), "the completion script offers gal lsp");
    assertTrue(TestSupport.cli("completion", "zsh").stdout().contains("bashcompinit"));
  }

  @Test
  void progressBarStaysSilentOffATerminal() {
    java.io.StringWriter err = new java.io.StringWriter();
    ProgressBar bar = new ProgressBar(new java.io.PrintWriter(err), false, 1000);
    for (int i = 0; i < 1000; i++) {
      bar.fileDone();
    }
    bar.finish();
    assertEquals("", err.toString());
  }
}
