package dev.gal.builtin.endpoint;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.Fix;
import dev.gal.rule.FixKind;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-END-007",
    name = "global-block-spelling",
    summary = "The global block is spelled the way your GAL version does not read",
    description = "GAL's documentation writes global_config, but GAL 1.3's loader reads only global, so "
        + "with that loader a global_config block, AWS settings included, is silently ignored and "
        + "GAL falls back to its defaults. Set the option spelling to the key your GAL version "
        + "reads (global for GAL 1.3); with the default, both, the rule stays quiet. This is a fact "
        + "of GAL's loader, not of AWS, so no AWS sentence is quoted; the docs link names the "
        + "extensions the lost block would produce. gal lint --fix renames the block, unless the file "
        + "has both spellings (AWS-END-006).",
    severity = Severity.WARNING,
    category = Category.ENDPOINT,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html",
    fix = FixKind.SAFE,
    options = @RuleOption(name = "spelling", type = OptionType.ENUM, values = {"global", "global_config", "both"}, defaultValue = "both",
        description = "The block your GAL version reads: global, global_config, or both (no check)."))
public final class GlobalSpelling implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    String accepted = context.options().string("spelling");
    if (accepted.equals("both")) {
      return;
    }
    String other = accepted.equals(GalConfig.GLOBAL) ? GalConfig.GLOBAL_CONFIG : GalConfig.GLOBAL;
    config.root().member(other).ifPresent(block -> context.reportKey(block.pointer(),
        "your GAL version reads '%s:', so this '%s:' block and its settings are ignored; rename it to %s"
            .formatted(accepted, other, accepted), Fix.renameKey(block.pointer(), accepted)));
  }
}
