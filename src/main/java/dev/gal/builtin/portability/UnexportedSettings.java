package dev.gal.builtin.portability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.GalConfig;
import dev.gal.rule.ExportTarget;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The one list of GAL settings that the AWS export does not carry, or
 * carries only in some cases or for some targets, each with the rules that
 * report it and the export targets that carry it. Paths are
 * schema paths: "*" stands for any list item, and global_config and its other
 * spelling global are one block. A setting listed here covers everything
 * inside it, unless an entry of its own says otherwise. The rules that report
 * these settings find them through this list, and the test that walks the
 * whole GAL schema reads it to prove that nothing is dropped without a
 * finding. A setting carried by the target a rule runs for is not reported;
 * an entry inside it that the target does not carry is then reported at its
 * own key (a rate_limit's key_type under cloudformation).
 */
public final class UnexportedSettings {
  /**
   * One setting: its schema path, the rules that report it, why the export
   * does not carry it, and the targets that do carry it (none for most).
   * {@code honoured} says when a value needs no finding after all; an inert
   * setting needs none at all, because AWS already behaves as it says.
   */
  public record Setting(String path, List<String> ruleIds, String reason, boolean inert,
      BiPredicate<JsonNode, GalConfig> honoured, Set<ExportTarget> carriedBy) {
    public Setting {
      carriedBy = Set.copyOf(carriedBy);
    }

    /** This setting, carried by the target after all. */
    Setting carriedBy(ExportTarget target) {
      Set<ExportTarget> targets = EnumSet.of(target);
      targets.addAll(carriedBy);
      return new Setting(path, ruleIds, reason, inert, honoured, targets);
    }

    /** The targets that carry it, in the order of the enum, for docs and messages. */
    public List<ExportTarget> targets() {
      return carriedBy.stream().sorted().toList();
    }
  }

  public static final String OUTSIDE_THE_EXPORT = "AWS-GAL-014";
  public static final String NOT_EXPORTED = "AWS-GAL-015";

  private static final String ROUTE = "/services/*/routes/*/";
  private static final String AWS = "/global_config/aws_apigateway/";
  private static final BiPredicate<JsonNode, GalConfig> NEVER = (value, config) -> false;
  private static final String SWITCHED_OFF = "it switches off a feature that API Gateway does not have";
  private static final String PER_CLIENT = "a stage's method throttling counts all clients together, and API Gateway "
      + "throttles single clients only by API key, in a usage plan";

  private static final List<Setting> ALL = List.of(
      reported("/provider", "AWS-END-008", "gal export writes AWS API Gateway documents only"),
      reported("/global_config/host", OUTSIDE_THE_EXPORT, "it is the address a self-hosted gateway listens on; API Gateway "
          + "serves the API on its own endpoint"),
      reported("/global_config/port", OUTSIDE_THE_EXPORT, "it is the port a self-hosted gateway listens on; API Gateway "
          + "serves the API on its own endpoint"),
      reported("/global_config/admin_port", OUTSIDE_THE_EXPORT, "it is a self-hosted gateway's admin port; API Gateway has none"),
      reported("/global_config/timeout", OUTSIDE_THE_EXPORT, "it is a self-hosted gateway's request timeout; on AWS, "
          + "integration_timeout_ms and each route's timeout.read set the integration timeout"),
      reported("/global_config/logging", OUTSIDE_THE_EXPORT, "it configures a self-hosted gateway's logs; API Gateway's "
          + "execution and access logging are stage settings outside the OpenAPI document"),
      reported("/global_config/metrics", OUTSIDE_THE_EXPORT, "it configures a self-hosted gateway's metrics; API Gateway "
          + "sends its metrics to CloudWatch"),
      reported("/global_config/azure_apim", OUTSIDE_THE_EXPORT, "it holds the settings of the azure_apim provider"),
      reported("/global_config/gcp_apigateway", OUTSIDE_THE_EXPORT, "it holds the settings of the gcp_apigateway provider"),
      reported("/global_config/kong", OUTSIDE_THE_EXPORT, "it holds the settings of the kong provider"),
      reported("/plugins", OUTSIDE_THE_EXPORT, "plugins run in self-hosted gateways; API Gateway has none"),
      reported(AWS + "mirroring_workaround", OUTSIDE_THE_EXPORT, "the mirroring workaround is set up beside API Gateway "
          + "(a Lambda@Edge function or a CloudWatch Logs group), not in the OpenAPI document"),
      reported(AWS + "mirroring_lambda_edge_arn", OUTSIDE_THE_EXPORT, "the Lambda@Edge function is attached to a CloudFront "
          + "distribution, not in the OpenAPI document"),
      reported(AWS + "mirroring_cloudwatch_log_group", OUTSIDE_THE_EXPORT, "the log group is set up beside API Gateway, "
          + "not in the OpenAPI document"),
      conditional(AWS + "openapi_version", NOT_EXPORTED, "API Gateway imports OpenAPI 3.0 and Swagger 2.0, and gal export "
          + "writes OpenAPI 3.0, so the document says openapi: 3.0.1", (value, config) -> value.asText().matches("3\\.0\\.\\d+")),
      conditional(AWS + "export_format", NOT_EXPORTED, "gal export writes OpenAPI 3.0 (oas30) only",
          (value, config) -> value.asText().equals("oas30")),
      reported(AWS + "lambda_function_arn", "AWS-INT-008", "only an AWS_PROXY integration calls the function"),
      reported(AWS + "lambda_invoke_role_arn", "AWS-INT-008", "only an AWS_PROXY integration calls the function"),
      reported(AWS + "lambda_authorizer_arn", "AWS-AUTH-013", "only a lambda authorizer_type uses it"),
      reported(AWS + "lambda_authorizer_ttl", "AWS-AUTH-013", "only a lambda authorizer_type uses it"),
      reported(AWS + "cognito_user_pool_arns", "AWS-AUTH-013", "only a cognito authorizer_type uses it"),
      inert("/services/*/name", "it names the service inside the config; the export uses it only to name the service's "
          + "stage variable and request model"),
      reported("/services/*/type", "AWS-GAL-011", "a REST API serves HTTP, not gRPC"),
      reported("/services/*/upstream/health_check", "AWS-GAL-002", "API Gateway does not check backend health"),
      reported("/services/*/upstream/targets", "AWS-GAL-003", "an HTTP integration calls one URI"),
      reported("/services/*/upstream/load_balancer", "AWS-GAL-003", "an HTTP integration calls one URI"),
      reported("/services/*/transformation", "AWS-GAL-012", "proxy integrations pass requests through; only "
          + "validation.required_fields is exported, as a request validator"),
      inert("/services/*/transformation/enabled", "switching the transformation off also drops its request validator, as GAL does"),
      reported(ROUTE + "authentication/type", List.of("AWS-AUTH-009", "AWS-AUTH-010"), "API Gateway enforces basic and "
          + "jwt authentication only through an authorizer"),
      reported(ROUTE + "authentication/api_key/keys", "AWS-AUTH-009", "API Gateway accepts only keys created in it"),
      conditional(ROUTE + "authentication/api_key/key_name", NOT_EXPORTED, "API Gateway reads an API key from the "
          + "x-api-key header, unless a Lambda authorizer supplies it (api_key_source: AUTHORIZER)",
          (value, config) -> value.asText().equalsIgnoreCase("x-api-key") || authorizerSuppliesKeys(config)),
      conditional(ROUTE + "authentication/api_key/in_location", NOT_EXPORTED, "API Gateway reads an API key from the "
          + "x-api-key header, unless a Lambda authorizer supplies it (api_key_source: AUTHORIZER)",
          (value, config) -> value.asText().equals("header") || authorizerSuppliesKeys(config)),
      reported(ROUTE + "authentication/basic_auth", "AWS-AUTH-009", "API Gateway checks Basic credentials only in a "
          + "Lambda authorizer"),
      reported(ROUTE + "authentication/jwt", NOT_EXPORTED, "the authorizer (a Cognito user pool or a Lambda "
          + "function) validates the token, and the export passes it none of these settings; check them there"),
      reported(ROUTE + "authentication/fail_status", NOT_EXPORTED, "API Gateway answers a failed authentication with "
          + "its own gateway responses, the same for every route"),
      reported(ROUTE + "authentication/fail_message", NOT_EXPORTED, "API Gateway answers a failed authentication with "
          + "its own gateway responses, the same for every route"),
      reported(ROUTE + "timeout/connect", NOT_EXPORTED, "an integration has one timeout, which the export takes from "
          + "timeout.read"),
      reported(ROUTE + "timeout/send", NOT_EXPORTED, "an integration has one timeout, which the export takes from timeout.read"),
      reported(ROUTE + "timeout/idle", NOT_EXPORTED, "API Gateway manages its backend connections itself"),
      reported(ROUTE + "circuit_breaker", "AWS-GAL-001", "API Gateway has no circuit breaker"),
      inert(ROUTE + "circuit_breaker/enabled", SWITCHED_OFF),
      reported(ROUTE + "retry", "AWS-GAL-004", "API Gateway does not retry integration requests"),
      inert(ROUTE + "retry/enabled", SWITCHED_OFF),
      reported(ROUTE + "traffic_split", "AWS-GAL-005", "an operation has one integration"),
      inert(ROUTE + "traffic_split/enabled", SWITCHED_OFF),
      reported(ROUTE + "mirroring", "AWS-GAL-006", "API Gateway does not mirror requests"),
      inert(ROUTE + "mirroring/enabled", SWITCHED_OFF),
      reported(ROUTE + "body_transformation", "AWS-GAL-007", "proxy integrations pass bodies through"),
      inert(ROUTE + "body_transformation/enabled", SWITCHED_OFF),
      reported(ROUTE + "websocket", "AWS-GAL-008", "a REST API has no WebSocket connections"),
      inert(ROUTE + "websocket/enabled", SWITCHED_OFF),
      reported(ROUTE + "rate_limit", "AWS-GAL-009", "throttling is set on the stage or a usage plan, outside the OpenAPI "
          + "document; the cloudformation target sets requests_per_second and burst as the stage's method throttling")
          .carriedBy(ExportTarget.CLOUDFORMATION),
      inert(ROUTE + "rate_limit/enabled", SWITCHED_OFF),
      reported(ROUTE + "rate_limit/key_type", "AWS-GAL-009", PER_CLIENT),
      reported(ROUTE + "rate_limit/key_header", "AWS-GAL-009", PER_CLIENT),
      reported(ROUTE + "rate_limit/key_claim", "AWS-GAL-009", PER_CLIENT),
      conditional(ROUTE + "rate_limit/response_status", "AWS-GAL-009", "API Gateway answers a throttled request with its "
          + "THROTTLED gateway response, 429 Too Many Requests", (value, config) -> value.asInt() == 429),
      reported(ROUTE + "rate_limit/response_message", "AWS-GAL-009", "API Gateway answers a throttled request with its "
          + "THROTTLED gateway response, the same for every route"),
      reported(ROUTE + "advanced_routing", "AWS-GAL-010", "an operation has one integration"),
      inert(ROUTE + "advanced_routing/enabled", SWITCHED_OFF),
      reported(ROUTE + "advanced_routing_targets", "AWS-GAL-010", "an operation has one integration"),
      reported(ROUTE + "headers/request_remove", "AWS-GAL-013", "no integration removes a header"),
      reported(ROUTE + "headers/response_add", "AWS-GAL-013", "a proxy integration passes the response through"),
      reported(ROUTE + "headers/response_set", "AWS-GAL-013", "a proxy integration passes the response through"),
      reported(ROUTE + "headers/response_remove", "AWS-GAL-013", "no integration removes a header"),
      reported(ROUTE + "cors", "AWS-CORS-008", "the export builds CORS from the global settings"),
      reported(ROUTE + "cors/allow_credentials", List.of("AWS-CORS-012", "AWS-CORS-005"), "the export never sends "
          + "Access-Control-Allow-Credentials"));

  private UnexportedSettings() {}

  public static List<Setting> all() {
    return ALL;
  }

  /** The settings a rule reports. */
  public static List<Setting> reportedBy(String ruleId) {
    return ALL.stream().filter(s -> !s.inert() && s.ruleIds().contains(ruleId)).toList();
  }

  /** The innermost other entry that holds this one, if any. */
  public static Optional<Setting> enclosing(Setting setting) {
    int slash = setting.path().lastIndexOf('/');
    return slash <= 0 ? Optional.empty() : find(setting.path().substring(0, slash));
  }

  /** The entry for a schema path: its own, or that of the innermost listed block that holds it. */
  public static Optional<Setting> find(String path) {
    String normal = path.replaceFirst("^/global/", "/global_config/");
    return ALL.stream().filter(s -> normal.equals(s.path()) || normal.startsWith(s.path() + "/"))
        .max(Comparator.comparingInt(s -> s.path().length()));
  }

  private static boolean authorizerSuppliesKeys(GalConfig config) {
    return config.awsSettings().apiKeySource().equals("AUTHORIZER");
  }

  private static Setting reported(String path, String ruleId, String reason) {
    return reported(path, List.of(ruleId), reason);
  }

  private static Setting reported(String path, List<String> ruleIds, String reason) {
    return new Setting(path, ruleIds, reason, false, NEVER, Set.of());
  }

  private static Setting conditional(String path, String ruleId, String reason, BiPredicate<JsonNode, GalConfig> honoured) {
    return new Setting(path, List.of(ruleId), reason, false, honoured, Set.of());
  }

  private static Setting inert(String path, String reason) {
    return new Setting(path, List.of(), reason, true, NEVER, Set.of());
  }
}
