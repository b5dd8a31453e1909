package dev.gal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A typed, read-only view of a GAL config. Accessors return values only when
 * they have the expected type: wrong types are the schema stage's to report.
 */
public final class GalConfig {
  /** GAL's documentation writes global_config; GAL 1.3's loader reads global. */
  public static final String GLOBAL_CONFIG = "global_config";
  public static final String GLOBAL = "global";
  public static final String AWS_BLOCK = "aws_apigateway";

  private final Document document;

  public GalConfig(Document document) {
    this.document = document;
  }

  public Document document() {
    return document;
  }

  /** The global block under whichever spelling the file uses, global_config first. */
  public Optional<Located<JsonNode>> globalBlock() {
    for (String name : new String[] {GLOBAL_CONFIG, GLOBAL}) {
      JsonNode block = document.root().get(name);
      if (block != null && block.isObject()) {
        return Optional.of(new Located<>(block, JsonPointer.of(name)));
      }
    }
    return Optional.empty();
  }

  public Optional<Located<JsonNode>> awsBlock() {
    return globalBlock().flatMap(g -> objectMember(g, AWS_BLOCK));
  }

  public Optional<Located<Long>> awsInteger(String key) {
    return awsBlock().flatMap(aws -> member(aws, key))
        .flatMap(v -> WholeNumbers.of(v.value()).map(n -> new Located<>(n, v.pointer())));
  }

  public Optional<Located<String>> awsString(String key) {
    return awsBlock().flatMap(aws -> member(aws, key))
        .filter(v -> v.value().isTextual())
        .map(v -> new Located<>(v.value().textValue(), v.pointer()));
  }

  public Optional<Located<Long>> integrationTimeoutMs() {
    return awsInteger("integration_timeout_ms");
  }

  /**
   * Whether the config is for AWS API Gateway: provider aws_apigateway, or no
   * usable provider but an aws_apigateway block.
   */
  public boolean targetsAws() {
    JsonNode provider = document.root().get("provider");
    if (provider != null && provider.isTextual()) {
      return provider.textValue().equals("aws_apigateway");
    }
    return awsBlock().isPresent();
  }

  /** The root of the document, for rules that read top-level keys. */
  public Node root() {
    return new Node(document.root(), JsonPointer.root());
  }

  /** The AWS block as a node, when present. */
  public Optional<Node> aws() {
    return awsBlock().map(b -> new Node(b.value(), b.pointer()));
  }

  /** The AWS settings with GAL's defaults filled in where a key is absent. */
  public AwsSettings awsSettings() {
    return new AwsSettings(aws(), globalBlock().map(Located::pointer).orElse(JsonPointer.root()));
  }

  public List<GalService> services() {
    List<GalService> services = new java.util.ArrayList<>();
    List<Node> items = root().items("services");
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).value().isObject()) {
        services.add(new GalService(items.get(i), i));
      }
    }
    return services;
  }

  public List<GalRoute> routes() {
    return services().stream().flatMap(s -> s.routes().stream()).toList();
  }

  private static Optional<Located<JsonNode>> objectMember(Located<JsonNode> parent, String key) {
    return member(parent, key).filter(v -> v.value().isObject());
  }

  private static Optional<Located<JsonNode>> member(Located<JsonNode> parent, String key) {
    JsonNode child = parent.value().get(key);
    return child == null ? Optional.empty() : Optional.of(new Located<>(child, parent.pointer().append(key)));
  }
}
