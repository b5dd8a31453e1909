package dev.gal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled packs pass their schema; a broken pack is refused with located problems. */
class RulePackTest {
  @Test
  void bundledPacksPassTheSchema() throws Exception {
    try (Stream<Path> files = Files.list(TestSupport.root().resolve("rules"))) {
      List<Path> packs = files.filter(f -> f.toString().endsWith(".pack.yaml")).toList();
      assertEquals(RulePackLoader.BUNDLED.size(), packs.size(), "every pack in rules/ is bundled");
      for (Path pack : packs) {
        RulePack loaded = new RulePackLoader().load(pack);
        assertTrue(loaded.rules().size() >= 9);
      }
    }
  }

  @Test
  void everyBundledFileIsListed() {
    for (String resource : RulePackLoader.BUNDLED) {
      assertTrue(Files.exists(TestSupport.root().resolve(resource.substring(1))), resource);
    }
  }

  @Test
  void brokenPackReportsEachProblemWithItsLine() {
    RulePackException e = assertThrows(RulePackException.class,
        () -> new RulePackLoader().load(TestSupport.root().resolve("fixtures/packs/broken.pack.yaml")));
    List<String> lines = e.problems().stream().map(p -> p.replaceAll("^.*broken.pack.yaml:(\\d+):\\d+: .*$", "$1")).toList();
    assertEquals(List.of("1", "3", "5", "6", "11", "13"), lines, String.join("\n", e.problems()));
  }

  @Test
  void examplePackRulesFire() {
    TestSupport.Run run = TestSupport.cli("lint", "--format", "json", "--rules", "examples/rule-pack/acme.pack.yaml",
        "fixtures/rules/AWS-PATH-007/bad.yaml");
    assertTrue(run.stdout().contains("\"ruleId\":\"ACME-NAME-001\""), run.stdout());
  }

  @Test
  void packRuleClashingWithABuiltInIdIsRefused() throws Exception {
    Path dir = Files.createTempDirectory("pack");
    Path pack = dir.resolve("clash.pack.yaml");
    Files.writeString(pack, Files.readString(TestSupport.root().resolve("examples/rule-pack/acme.pack.yaml"))
        .replace("ACME-NAME-001", "AWS-INT-001"));
    TestSupport.Run run = TestSupport.cli("lint", "--rules", pack.toString(), "examples/petstore.yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("clashes with AWS-INT-001"), run.stderr());
  }
}
