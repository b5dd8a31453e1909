package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import java.util.List;

/** A pack rule over OpenAPI documents: hand-written ones, and unless it says otherwise, the one gal export generates. */
final class OpenApiPackRule extends PackRule implements OpenApiRule {
  OpenApiPackRule(RuleMeta meta, String packName, List<Selector> selectors, PackFunction function, JsonNode options,
      String message) {
    super(meta, packName, selectors, function, options, message);
  }

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    check(Scope.of(document), context);
  }
}
