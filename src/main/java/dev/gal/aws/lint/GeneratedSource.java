package dev.gal.aws.lint;

import dev.gal.aws.SourceMap;
import dev.gal.engine.RuleSettings;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.rule.Finding;
import dev.gal.rule.ImportParameters;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleOptions;
import java.util.List;

/**
 * The GAL config behind a generated OpenAPI document: findings in the
 * generated document are reported at the GAL node the source map names,
 * and the message says where in the generated document the problem is.
 */
record GeneratedSource(Document gal, SourceMap sourceMap) {
  RuleContext context(RuleMeta rule, RuleSettings settings, List<Finding> sink) {
    RuleOptions options = options(rule, settings);
    return new RuleContext() {
      @Override
      public void report(JsonPointer pointer, String message) {
        add(pointer, message, false);
      }

      @Override
      public void reportKey(JsonPointer pointer, String message) {
        add(pointer, message, true);
      }

      @Override
      public RuleOptions options() {
        return options;
      }

      private void add(JsonPointer generated, String message, boolean atKey) {
        JsonPointer source = sourceMap.sourceOf(generated).orElse(JsonPointer.root());
        NodeLocation location = gal.positions().locate(source);
        sink.add(Finding.of(rule, message + " (in the exported OpenAPI at " + generated + ")",
            atKey || gal.root().at(source.toString()).isContainerNode() ? location.keyOrValue() : location.value(), source));
      }
    };
  }

  /**
   * A rule's options on the generated document: an import parameter the rule asks for is the one the GAL config
   * deploys the export with, whatever the user set for other documents.
   */
  private RuleOptions options(RuleMeta rule, RuleSettings settings) {
    RuleOptions options = settings.optionsFor(rule);
    if (rule.option(ImportParameters.ENDPOINT_TYPE).isPresent()) {
      options = options.with(ImportParameters.ENDPOINT_TYPE, new GalConfig(gal).awsSettings().endpointType());
    }
    return options;
  }
}
