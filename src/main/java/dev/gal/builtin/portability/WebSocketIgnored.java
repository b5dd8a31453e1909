package dev.gal.builtin.portability;

import dev.gal.rule.Category;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

@RuleInfo(
    id = "AWS-GAL-008",
    name = "websocket-ignored",
    summary = "WebSocket on a REST API, which API Gateway does not support",
    description = "A REST API cannot upgrade connections to WebSocket; API Gateway offers WebSocket APIs as "
        + "a separate API type, which gal export does not generate. The block is dropped.",
    severity = Severity.WARNING,
    category = Category.PORTABILITY,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html",
    quote = "A WebSocket API in API Gateway is a collection of WebSocket routes that are integrated "
        + "with backend HTTP endpoints, Lambda functions, or other AWS services.")
public final class WebSocketIgnored extends IgnoredFeatureRule {
  public WebSocketIgnored() {
    super("WebSocket support", "build a separate API Gateway WebSocket API for the connection");
  }
}
