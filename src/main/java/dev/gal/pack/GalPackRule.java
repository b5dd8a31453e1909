package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.GalConfig;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import java.util.List;

/** A pack rule over GAL configs. */
final class GalPackRule extends PackRule implements GalConfigRule {
  GalPackRule(RuleMeta meta, String packName, List<Selector> selectors, PackFunction function, JsonNode options, String message) {
    super(meta, packName, selectors, function, options, message);
  }

  @Override
  public void check(GalConfig config, RuleContext context) {
    check(Scope.of(config.root()), context);
  }
}
