package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-INT-006",
    name = "mock-ignores-upstream",
    summary = "MOCK integration: the upstream is never called",
    description = "A MOCK integration answers from API Gateway itself and never contacts a backend, "
        + "so the service's upstream has no effect. That is fine for a prototype; when the API "
        + "should reach the backend, choose HTTP_PROXY.",
    severity = Severity.INFO,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html",
    quote = "This feature enables API developers to generate API responses from API Gateway directly, "
        + "without the need for an integration backend.")
public final class MockIgnoresUpstream implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    if (!config.awsSettings().integrationType().equals("MOCK")) {
      return;
    }
    for (GalService service : config.services()) {
      service.upstream().ifPresent(upstream -> context.report(upstream.pointer(),
          "integration_type is MOCK, so the upstream of service '%s' is never called".formatted(service.label())));
    }
  }
}
