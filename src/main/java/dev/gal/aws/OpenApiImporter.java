package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Located;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Finding;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads an OpenAPI document with API Gateway extensions back into a GAL
 * config: the inverse of {@link OpenApiGenerator} for everything GAL can hold,
 * and a located finding for everything it cannot.
 */
public final class OpenApiImporter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The GAL config, in a fixed key order, and what could not be carried over. */
  public record Result(ObjectNode config, List<Finding> dropped) {}

  private final String serviceNameOverride;

  public OpenApiImporter(String serviceNameOverride) {
    this.serviceNameOverride = serviceNameOverride;
  }

  public Result read(OpenApiDocument document) {
    ImportContext context = new ImportContext(document);
    List<OpenApiDocument.Operation> operations = context.businessOperations();
    String type = new IntegrationTypes(context).dominant(operations);
    ObjectNode aws = NODES.objectNode();
    new ApiSettings(context).read(aws);
    putIfNot(aws, "integration_type", type, "HTTP_PROXY");
    new TimeoutReader(context).read(operations, aws);
    if (type.equals("AWS_PROXY")) {
      new LambdaReader(context).read(operations, aws);
    }
    new AuthorizerReader(context).read(operations, aws);
    new CorsReader(context).read(aws);
    new ExtrasReport(context).report();

    ObjectNode config = NODES.objectNode();
    config.put("version", "1.0");
    config.put("provider", "aws_apigateway");
    if (aws.size() > 0) {
      config.putObject("global_config").set("aws_apigateway", aws);
    }
    config.set("services", new ServiceReader(context, type, serviceNameOverride).read(operations));
    return new Result(config, context.dropped());
  }

  static void putIfNot(ObjectNode target, String key, String value, String defaultValue) {
    if (value != null && !value.equals(defaultValue)) {
      target.put(key, value);
    }
  }

  /** The API-wide settings: name, description, endpoint type, stage and API key source. */
  private record ApiSettings(ImportContext context) {
    void read(ObjectNode aws) {
      Node root = context.document().root();
      root.object("info").ifPresent(info -> {
        putIfNot(aws, "api_name", info.value().path("title").asText(null), "GAL-API");
        putIfNot(aws, "api_description", info.value().path("description").asText(null), "API managed by GAL");
      });
      root.object("x-amazon-apigateway-endpoint-configuration").ifPresent(endpoint -> {
        JsonNode types = endpoint.value().path("types");
        putIfNot(aws, "endpoint_type", types.path(0).asText("REGIONAL"), "REGIONAL");
        if (endpoint.has("vpcEndpointIds")) {
          context.drop(endpoint.pointer().append("vpcEndpointIds"), "VPC endpoint ids of a private API");
        }
      });
      root.member("servers").flatMap(servers -> Optional.ofNullable(servers.value().at("/0/variables/basePath/default").textValue())
          .map(stage -> new Located<>(stage, servers.pointer().append(0).append("variables").append("basePath"))))
          .ifPresent(stage -> {
            if (stage.value().matches("[A-Za-z0-9_-]+")) {
              putIfNot(aws, "stage_name", stage.value(), "prod");
            } else {
              context.drop(stage.pointer(), "the base path %s, which is no stage name".formatted(stage.value()));
            }
          });
      putIfNot(aws, "api_key_source", root.value().path("x-amazon-apigateway-api-key-source").asText(null), "HEADER");
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static Optional<URI> uri(String text) {
    try {
      URI uri = URI.create(text.replace("{", "%7B").replace("}", "%7D"));
      return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static Map<String, Integer> count(List<String> values) {
    Map<String, Integer> counts = new TreeMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }

  /** The most common value; ties go to the first in {@code preference}, then to the smallest. */
  static String mostCommon(List<String> values, List<String> preference) {
    Map<String, Integer> counts = count(values);
    int best = counts.values().stream().max(Integer::compare).orElse(0);
    for (String preferred : preference) {
      if (counts.getOrDefault(preferred, -1) == best) {
        return preferred;
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).findFirst().orElse(null);
  }
}
