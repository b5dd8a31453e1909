package dev.gal.builtin.portability;

import dev.gal.model.GalConfig;
import dev.gal.model.GalRoute;
import dev.gal.model.Node;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-GAL-013",
    name = "header-changes-not-exported",
    summary = "A route's header change that the AWS export cannot make",
    description = "gal export makes a route's request_add and request_set headers static request parameter "
        + "mappings ('value') of an HTTP proxy integration, and its response_add and response_set headers "
        + "static response mappings of a MOCK integration. Everything else is dropped: an HTTP or Lambda proxy "
        + "passes the backend's response through unchanged, a Lambda proxy hands the function the request as "
        + "it came, a MOCK has no backend to send headers to, and no integration removes a header. Make the "
        + "change in the backend or the function, or remove it from the config.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-basic-concept.html",
    quote = "For HTTP proxy integration, API Gateway passes the entire request and response between the frontend and "
        + "an HTTP backend. For Lambda proxy integration, API Gateway sends the entire request as input to a backend "
        + "Lambda function.")
public final class HeaderChangesNotExported implements GalConfigRule {
  private static final List<String> KEYS = List.of("request_add", "request_set", "request_remove", "response_add",
      "response_set", "response_remove");

  @Override
  public void check(GalConfig config, RuleContext context) {
    String integration = config.awsSettings().integrationType();
    for (GalRoute route : config.routes()) {
      route.node().object("headers").ifPresent(headers -> {
        for (String key : KEYS) {
          headers.member(key).filter(HeaderChangesNotExported::nonEmpty).ifPresent(change -> {
            String why = why(key, integration);
            if (why != null) {
              context.reportKey(change.pointer(), "%s is not exported: %s; make the change in the backend, or remove it"
                  .formatted(key, why));
            }
          });
        }
      });
    }
  }

  /** Why the export cannot make this change with this integration, or null when it does. */
  private static String why(String key, String integration) {
    if (key.endsWith("_remove")) {
      return "no API Gateway integration removes a header";
    }
    boolean request = key.startsWith("request_");
    return switch (integration) {
      case "HTTP_PROXY" -> request ? null : "an HTTP proxy integration passes the backend's response through unchanged";
      case "MOCK" -> request ? "a MOCK integration has no backend to send request headers to" : null;
      default -> request ? "a Lambda proxy integration hands the function the request as the client sent it"
          : "a Lambda proxy integration returns the function's response as it is";
    };
  }

  private static boolean nonEmpty(Node change) {
    return change.value().size() > 0;
  }
}
