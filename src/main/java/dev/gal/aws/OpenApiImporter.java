package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an OpenAPI document with API Gateway extensions back into a GAL
 * config: the inverse of {@link OpenApiGenerator} for everything GAL can hold,
 * and a located finding for everything it cannot.
 */
public final class OpenApiImporter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String TIMEOUT = "integration_timeout_ms";

  /**
   * The GAL config, in a fixed key order, what could not be carried over, and
   * how many operations (CORS preflights aside) the document has and the config keeps.
   */
  public record Result(ObjectNode config, List<Finding> dropped, int operations, int imported) {
    public int routes() {
      int routes = 0;
      for (JsonNode service : config.path("services")) {
        routes += service.path("routes").size();
      }
      return routes;
    }

    public int services() {
      return config.path("services").size();
    }
  }

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
    aws.putNull(TIMEOUT); // keeps the key's place; the timeout is read once the backends have left out what they cannot hold
    if (type.equals("AWS_PROXY")) {
      new LambdaReader(context).read(operations, aws);
    }
    ServiceReader serviceReader = new ServiceReader(context, type, serviceNameOverride);
    serviceReader.read(operations);
    ArrayNode services = serviceReader.write(new TimeoutReader(context).read(operations, aws));
    if (aws.path(TIMEOUT).isNull()) {
      aws.remove(TIMEOUT);
    }
    new AuthorizerReader(context).read(operations, aws);
    new CorsReader(context).read(aws);
    new ExtrasReport(context).report();
    new ServerReader(context).readRegion(aws);

    ObjectNode config = NODES.objectNode();
    config.put("version", "1.0");
    config.put("provider", "aws_apigateway");
    if (aws.size() > 0) {
      config.putObject("global_config").set("aws_apigateway", aws);
    }
    config.set("services", services);
    return new Result(config, context.dropped(), operations.size(), context.kept().size());
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
      new ServerReader(context).readStage(aws);
      putIfNot(aws, "api_key_source", root.value().path("x-amazon-apigateway-api-key-source").asText(null), "HEADER");
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
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
