package dev.gal.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gal.TestSupport;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.config.LintConfigException;
import dev.gal.config.LintConfigLoader;
import dev.gal.engine.InputFile;
import dev.gal.engine.LintEngine;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.engine.ToolNotice;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.pack.RulePack;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.RuleMeta;
import dev.gal.schema.SettingsProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the two settings files users write: a rule pack, which is loaded,
 * checked and then run on a GAL config, and a .gal-lint.yaml. A problem in
 * either must come back as a located problem, never as an exception.
 * Seeds are in src/test/resources/dev/gal/fuzz/SettingsFuzzTestInputs/.
 */
class SettingsFuzzTest {
  private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();
  private static final List<RuleMeta> TAKEN = REGISTRY.allMeta();
  private static final Path FOLDER = folder();
  private static final byte[] CONFIG = TestSupport.SMALL_CONFIG.getBytes(StandardCharsets.UTF_8);

  /** One pass over both kinds of file: Jazzer fuzzes one fuzz test per JVM. */
  @FuzzTest(maxDuration = "10s")
  void settingsFiles(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      rulePack(data.consumeRemainingAsBytes());
    } else {
      lintConfig(data.consumeRemainingAsBytes());
    }
  }

  private static void rulePack(byte[] bytes) {
    Path file = write("fuzz.pack.yaml", bytes);
    Optional<RulePack> pack = new RulePackLoader().load(file, TAKEN, new SettingsProblems());
    pack.ifPresent(p -> {
      Loader loader = new Loader(LoadLimits.DEFAULTS);
      List<ToolNotice> notices = new ArrayList<>();
      new LintEngine(REGISTRY.plus(p.rules(), "fuzz"), loader, RuleSettings.DEFAULTS, GeneratedDocumentStage::new)
          .check(new InputFile(null, "gal.yaml", true), loader.load(CONFIG, "gal.yaml"), notices);
      for (ToolNotice notice : notices) {
        if (notice.level() == ToolNotice.Level.ERROR) {
          throw new IllegalStateException("a pack rule crashed: " + notice.message());
        }
      }
    });
  }

  private static void lintConfig(byte[] bytes) {
    Path file = write(".gal-lint.yaml", bytes);
    try {
      new LintConfigLoader().load(file);
    } catch (LintConfigException expected) {
      // problems with positions are the expected outcome of most inputs
    }
  }

  /** One folder for the run: each input overwrites the file of the one before. */
  private static Path write(String name, byte[] bytes) {
    try {
      Path file = FOLDER.resolve(name);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder() {
    try {
      Path dir = Files.createTempDirectory("gal-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
