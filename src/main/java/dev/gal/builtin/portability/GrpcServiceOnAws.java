package dev.gal.builtin.portability;

import dev.gal.model.GalConfig;
import dev.gal.model.GalService;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-011",
    name = "grpc-service-on-rest-api",
    summary = "A gRPC service in a config for an API Gateway REST API",
    description = "gRPC needs HTTP/2 end to end, and the guide describes no gRPC support for REST APIs: gal "
        + "export turns a service of type grpc into an https HTTP proxy integration, which gRPC "
        + "clients cannot be expected to call. The guide has no sentence to quote either way, so "
        + "this is a warning. Expose a REST facade, or use an Application Load Balancer, which "
        + "supports gRPC.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html")
public final class GrpcServiceOnAws implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalService service : config.services()) {
      service.node().string("type").filter(t -> t.value().equals("grpc")).ifPresent(type -> context.report(type.pointer(),
          ("service '%s' is a gRPC service, but the export makes it an https HTTP proxy integration of a REST API, "
              + "for which the guide describes no gRPC support").formatted(service.label())));
    }
  }
}
