package dev.gal.builtin.cors;

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
        + "behaves differently from what its block says. Move the settings to the global block. Two "
        + "settings have no global counterpart and are never exported: expose_headers (the export sends no "
        + "Access-Control-Expose-Headers, so scripts cannot read those response headers) and max_age (it "
        + "sends no Access-Control-Max-Age, so browsers cache a preflight for their own default, 5 s in the "
        + "Fetch standard). allow_credentials has a rule of its own, AWS-CORS-012.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.HOW_TO_CORS,
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
        cors.member("expose_headers").filter(h -> h.value().size() > 0).ifPresent(h -> context.reportKey(h.pointer(),
            "expose_headers is not exported: API Gateway sends no Access-Control-Expose-Headers for this route, so browser "
                + "scripts cannot read these headers; send it from the backend"));
        cors.member("max_age").ifPresent(age -> context.reportKey(age.pointer(),
            "max_age is not exported: the preflight answer has no Access-Control-Max-Age, so browsers cache it for their "
                + "default (5 s in the Fetch standard); remove the setting, or answer preflights from the backend"));
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
