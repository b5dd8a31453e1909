package dev.gal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gal.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lint config reports every problem in one run, once each and located; an empty one means the defaults. */
class LintConfigTest {
  @TempDir
  Path dir;

  @Test
  void everyProblemOfAConfigComesInOneRun() throws Exception {
    Path config = config("""
        extends: [recommended, ./base.yaml, ./missing.yaml]
        rules:
          AWS-NOPE-999: off
          AWS-INT-001: {options: {max_timeout_ms: 999999}}
        rule-packs: [./missing.pack.yaml]
        fail_on: never
        """);
    Files.writeString(dir.resolve("base.yaml"), "rules:\n  AWS-CORS-009: loud\n");
    TestSupport.Run run = lint(config);
    assertEquals(2, run.exitCode());
    assertEquals(List.of(
        "gal: CONFIG:1:37: extends names ./missing.yaml, which does not exist",
        "gal: CONFIG:3:3: no rule 'AWS-NOPE-999'; 'gal rules' lists them",
        "gal: CONFIG:4:43: AWS-INT-001.max_timeout_ms is '999999', but it accepts a whole number from 29000 to 300000",
        "gal: CONFIG:5:14: rule-packs names ./missing.pack.yaml, which does not exist",
        "gal: CONFIG:6:1: unknown key 'fail_on': did you mean 'fail-on'? The lint config format does not define it.",
        "gal: BASE:2:17: 'AWS-CORS-009' is \"loud\"; expected one of off, info, warning, error"),
        lines(run, config), run.stderr());
  }

  @Test
  void aMistakeInARuleSettingGetsOneMessage() throws Exception {
    Path config = config("""
        rules:
          AWS-INT-001: fatal
          AWS-CORS-009: [off]
          AWS-AUTH-011: {severity: warning, options: {max: [1]}}
        extends: {base: x}
        """);
    assertEquals(List.of(
        "gal: CONFIG:2:16: 'AWS-INT-001' is \"fatal\"; expected one of off, info, warning, error",
        "gal: CONFIG:3:17: 'AWS-CORS-009' must be a string or a mapping, found a list",
        "gal: CONFIG:4:52: 'max' must be a string, an integer, a number or a boolean, found a list",
        "gal: CONFIG:5:10: 'extends' must be a string or a list, found a mapping"),
        lines(lint(config), config));
  }

  @Test
  void anEmptyConfigMeansTheDefaults() throws Exception {
    for (String empty : List.of("", "# settings will follow\n", "---\n")) {
      Path config = config(empty);
      TestSupport.Run run = lint(config);
      assertEquals("", run.stderr(), "config: '" + empty + "'");
      assertEquals(0, run.exitCode(), run.stdout());
      assertEquals(0, TestSupport.cli("lint", "--quiet", "--format", "json", dir.resolve("pets.yaml").toString()).exitCode(),
          "found as the nearest .gal-lint.yaml");
    }
  }

  private Path config(String text) throws Exception {
    Path config = dir.resolve(LintConfig.FILE_NAME);
    Files.writeString(config, text);
    Files.copy(TestSupport.root().resolve("examples/petstore.yaml"), dir.resolve("pets.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return config;
  }

  private TestSupport.Run lint(Path config) {
    return TestSupport.cli("lint", "--quiet", "--config", config.toString(), dir.resolve("pets.yaml").toString());
  }

  /** stderr's lines with the config's path as CONFIG and the base's as BASE. */
  private List<String> lines(TestSupport.Run run, Path config) {
    return run.stderr().lines().map(line -> line.replace(slashes(dir.resolve("base.yaml")), "BASE")
        .replace(slashes(config), "CONFIG")).toList();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
