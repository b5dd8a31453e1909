package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-010",
    name = "plain-http-upstream",
    summary = "HTTP_PROXY to an upstream over plain http",
    description = "Clients reach API Gateway over HTTPS only, but with protocol http the hop from API "
        + "Gateway to the backend is plain HTTP, so requests and the credentials in them cross the "
        + "internet unencrypted. Serve the backend over https (checkov and Security Hub flag HTTP "
        + "backends too).",
    severity = Severity.WARNING,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/data-protection-encryption.html",
    quote = "The APIs created with Amazon API Gateway expose HTTPS endpoints only.")
public final class PlainHttpUpstream implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("HTTP_PROXY")) {
      return;
    }
    for (GalService service : config.services()) {
      service.protocol().filter(p -> p.value().equals("http")).ifPresent(p -> context.report(p.pointer(),
          "service '%s' is reached over plain http; requests and their credentials cross the internet unencrypted, use https"
              .formatted(service.label())));
    }
  }
}
