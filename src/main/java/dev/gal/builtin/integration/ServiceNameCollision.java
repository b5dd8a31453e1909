package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.model.Located;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

@RuleInfo(
    id = "AWS-INT-015",
    name = "service-name-collision",
    summary = "Two services share a name, or names that the export turns into one stage variable or model",
    description = "GAL requires service names to be unique, and gal export names things after them. "
        + "With --stage-variables, the backend of service NAME comes from the stage variable "
        + "NAME_upstream, with every character but letters, digits and '_' written '_'; a stage holds "
        + "one value per name, so services called orders and orders, or my-api and my_api, send all "
        + "their routes to one backend. The request model of a service's validation.required_fields "
        + "is named after the service too (letters and digits only), so MyApi and myApi would "
        + "validate each other's requests. Rename the second service.",
    severity = Severity.ERROR,
    category = Category.INTEGRATION,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html",
    quote = "Stage variables are name-value pairs that you can define as configuration attributes associated "
        + "with a deployment stage of a REST API.")
public final class ServiceNameCollision implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    boolean httpBackends = config.awsSettings().integrationType().equals("HTTP_PROXY");
    Map<String, GalService> byName = new HashMap<>();
    Map<String, GalService> byStageVariable = new HashMap<>();
    Map<String, GalService> byModel = new HashMap<>();
    for (GalService service : config.services()) {
      if (service.name().isEmpty()) {
        continue;
      }
      Located<String> name = service.name().get();
      GalService same = byName.putIfAbsent(name.value(), service);
      if (same != null) {
        context.report(name.pointer(), "service name '%s' is already the name of services[%d]; names must be unique, so rename it"
            .formatted(name.value(), same.index()));
      } else if (httpBackends) {
        first(byStageVariable, service, GalService::stageVariableName).ifPresent(other -> context.report(name.pointer(),
            ("service name '%s' becomes the stage variable %s, as '%s' (services[%d]) does, so gal export --stage-variables "
                + "sends both services' routes to one backend; rename it").formatted(name.value(),
                service.stageVariableName(), other.label(), other.index())));
      }
      if (same == null && service.requiredFields().isPresent()) {
        first(byModel, service, GalService::requestModelName).ifPresent(other -> context.report(name.pointer(),
            ("service name '%s' becomes the request model %s, as '%s' (services[%d]) does, so one list of required_fields "
                + "would validate both services' requests; rename it").formatted(name.value(),
                service.requestModelName(), other.label(), other.index())));
      }
    }
  }

  /** The service that already has this service's derived name, recording this one if none has. */
  private static Optional<GalService> first(Map<String, GalService> seen, GalService service,
      Function<GalService, String> derived) {
    return Optional.ofNullable(seen.putIfAbsent(derived.apply(service), service));
  }
}
