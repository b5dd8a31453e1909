package dev.gal.rules.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-CORS-008",
    name = "route-cors-conflicts-with-global",
    summary = "A route's cors block differs from the global CORS settings the AWS export uses",
    description = "Each OPTIONS method answers preflights with static values, and the AWS export "
        + "builds every one of them from the global cors_* settings of the aws_apigateway block; a "
        + "route-level cors block is not exported. When it differs from the global settings, the route "
        + "behaves differently from what its block says. Move the settings to the global block.",
    severity = Severity.WARNING,
    category = Category.CORS,
    docs = CorsGuide.HOW_TO_CORS,
    quote = CorsGuide.STATIC_OPTIONS)
public final class RouteCorsIgnored implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    for (GalRoute route : config.routes()) {
      route.node().object("cors").ifPresent(cors -> {
        String difference = difference(cors, aws);
        if (difference != null) {
          context.reportKey(cors.pointer(), ("this route's cors %s differs from the global CORS settings, and the AWS export "
              + "uses only the global ones; move the setting to global_config.aws_apigateway").formatted(difference));
        }
      });
    }
  }

  private static String difference(Node cors, AwsSettings aws) {
    boolean enabled = cors.bool("enabled").map(Located::value).orElse(true);
    if (enabled != aws.corsEnabled()) {
      return "enabled: " + enabled;
    }
    if (differs(cors, "allowed_origins", aws.corsOrigins())) {
      return "allowed_origins";
    }
    if (differs(cors, "allowed_methods", aws.corsMethods())) {
      return "allowed_methods";
    }
    return differs(cors, "allowed_headers", aws.corsHeaders()) ? "allowed_headers" : null;
  }

  private static boolean differs(Node cors, String key, List<Located<String>> global) {
    if (!cors.has(key)) {
      return false;
    }
    List<String> local = cors.strings(key).stream().map(Located::value).sorted().toList();
    return !local.equals(global.stream().map(Located::value).sorted().toList());
  }
}
