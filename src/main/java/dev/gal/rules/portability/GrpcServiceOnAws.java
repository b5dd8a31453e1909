package dev.gal.rules.portability;

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
    description = "API Gateway REST APIs speak HTTP/1.1 to clients and cannot carry gRPC, which needs "
        + "HTTP/2 end to end. A service of type grpc cannot be served. Expose a REST facade, or use "
        + "an Application Load Balancer, which supports gRPC.",
    severity = Severity.ERROR,
    category = Category.PORTABILITY,
    docs = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html")
public final class GrpcServiceOnAws implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    for (GalService service : config.services()) {
      service.node().string("type").filter(t -> t.value().equals("grpc")).ifPresent(type -> context.report(type.pointer(),
          "service '%s' is a gRPC service, which an API Gateway REST API cannot serve".formatted(service.label())));
    }
  }
}
