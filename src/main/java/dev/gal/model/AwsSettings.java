package dev.gal.model;

import java.util.List;
import java.util.Optional;

/**
 * global_config.aws_apigateway with GAL's defaults. A defaulted setting is
 * reported at the AWS block (or the global block, or the root), the nearest
 * place a user can add the key.
 */
public final class AwsSettings {
  public static final List<String> DEFAULT_CORS_ORIGINS = List.of("*");
  public static final List<String> DEFAULT_CORS_METHODS = List.of("GET", "POST", "PUT", "DELETE", "OPTIONS");
  public static final List<String> DEFAULT_CORS_HEADERS = List.of("Content-Type", "Authorization", "X-Api-Key");

  private final Optional<Node> block;
  private final JsonPointer fallback;

  AwsSettings(Optional<Node> block, JsonPointer fallback) {
    this.block = block;
    this.fallback = block.map(Node::pointer).orElse(fallback);
  }

  public Optional<Node> block() {
    return block;
  }

  /** Where to report about a setting that is absent. */
  public JsonPointer blockPointer() {
    return fallback;
  }

  public Optional<Located<String>> string(String key) {
    return block.flatMap(b -> b.string(key));
  }

  public boolean has(String key) {
    return block.map(b -> b.has(key) && !b.value().get(key).isNull()).orElse(false);
  }

  public String integrationType() {
    return string("integration_type").map(Located::value).orElse("HTTP_PROXY");
  }

  public String endpointType() {
    return string("endpoint_type").map(Located::value).orElse("REGIONAL");
  }

  /** lambda, cognito or iam; empty when absent or null. */
  public Optional<String> authorizerType() {
    return string("authorizer_type").map(Located::value);
  }

  public boolean apiKeyRequired() {
    return block.flatMap(b -> b.bool("api_key_required")).map(Located::value).orElse(false);
  }

  public String apiKeySource() {
    return string("api_key_source").map(Located::value).orElse("HEADER");
  }

  public boolean corsEnabled() {
    return block.flatMap(b -> b.bool("cors_enabled")).map(Located::value).orElse(true);
  }

  public List<Located<String>> corsOrigins() {
    return listOrDefault("cors_allow_origins", DEFAULT_CORS_ORIGINS);
  }

  public List<Located<String>> corsMethods() {
    return listOrDefault("cors_allow_methods", DEFAULT_CORS_METHODS);
  }

  public List<Located<String>> corsHeaders() {
    return listOrDefault("cors_allow_headers", DEFAULT_CORS_HEADERS);
  }

  /** A list setting as written, or GAL's default reported at the block. */
  public List<Located<String>> listOrDefault(String key, List<String> defaults) {
    if (block.isPresent() && block.get().member(key).map(n -> n.value().isArray()).orElse(false)) {
      return block.get().strings(key);
    }
    return defaults.stream().map(v -> new Located<>(v, fallback)).toList();
  }
}
