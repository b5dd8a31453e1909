package dev.gal.engine;

import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.openapi.OpenApiStage;
import dev.gal.rule.Severity;
import dev.gal.suppress.Suppressor;
import java.nio.file.Path;
import java.util.List;

/** The lint that gates gal export and export-check: one named config, with its rules and lint config. */
public final class ConfigLint {
  private ConfigLint() {}

  public static LintReport lint(RuleSources.Rules rules, Path config, StageFactory afterRules) {
    LintEngine engine = new LintEngine(rules.registry(), new Loader(LoadLimits.DEFAULTS), rules.settings(),
        new Suppressor(rules.config().ignores(), null, null), new OpenApiStage(false), Timings.OFF, afterRules, false);
    return engine.lint(List.of(new InputFile(config, config.toString().replace('\\', '/'), true)), List.of());
  }

  public static long errors(LintReport report) {
    return report.files().stream().flatMap(FileReport::allFindings).filter(f -> f.severity() == Severity.ERROR).count();
  }
}
