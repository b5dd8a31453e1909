package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gal.TestSupport;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.rule.ExportTarget;
import dev.gal.rule.Finding;
import dev.gal.rule.Severity;
import dev.gal.builtin.portability.UnexportedSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * No silent drop: for every property of schemas/gal-config.schema.json, a
 * config that sets it to a value other than its default either exports
 * differently, with the source map (--explain) naming that property, or gets a
 * finding at the property (or at the block that holds it) from the rule that
 * UnexportedSettings names for it. Which settings AWS cannot honour is read
 * from UnexportedSettings, the one list of them. Both export targets are
 * held to it: the cloudformation target with its template and with the rules
 * running for that target, which are quiet about what the template carries.
 */
class NoSilentDropTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String BASE = TestSupport.SMALL_CONFIG;

  /** Values a generic choice would get wrong: ARNs, hosts and names with a format. */
  private static final Map<String, JsonNode> CHOSEN = Map.ofEntries(
      Map.entry("/provider", NODES.textNode("kong")),
      Map.entry("/global_config/aws_apigateway/lambda_function_arn", NODES.textNode("arn:aws:lambda:eu-west-1:123456789012:function:shop")),
      Map.entry("/global_config/aws_apigateway/lambda_invoke_role_arn", NODES.textNode("arn:aws:iam::123456789012:role/invoke")),
      Map.entry("/global_config/aws_apigateway/lambda_authorizer_arn", NODES.textNode("arn:aws:lambda:eu-west-1:123456789012:function:auth")),
      Map.entry("/global_config/aws_apigateway/cognito_user_pool_arns",
          NODES.arrayNode().add("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc")),
      Map.entry("/global_config/aws_apigateway/mirroring_lambda_edge_arn", NODES.textNode("arn:aws:lambda:us-east-1:123456789012:function:mirror:1")),
      Map.entry("/global_config/aws_apigateway/cors_allow_origins", NODES.arrayNode().add("https://app.example.com")),
      Map.entry("/services/*/name", NODES.textNode("orders")),
      Map.entry("/services/*/type", NODES.textNode("grpc")),
      Map.entry("/services/*/upstream/host", NODES.textNode("orders.example.com")),
      Map.entry("/services/*/routes/*/path_prefix", NODES.textNode("/orders")),
      Map.entry("/services/*/routes/*/methods", NODES.arrayNode().add("POST")));

  /**
   * What a property needs around it to have an effect at all: switched-on
   * checks, an authorizer for a route to opt out of, a method with a body.
   * The longer prefix applies last.
   */
  private static final Map<String, String> CONTEXT = Map.of(
      "/services/*/upstream/health_check/active/", "/services/0/upstream/health_check/active/enabled=true",
      "/services/*/upstream/health_check/passive/", "/services/0/upstream/health_check/passive/enabled=true",
      "/services/*/routes/*/authentication", "/global_config/aws_apigateway/authorizer_type=\"iam\"",
      "/services/*/routes/*/authentication/basic_auth/", "/global_config/aws_apigateway/authorizer_type=\"lambda\"; "
          + "/global_config/aws_apigateway/lambda_authorizer_arn=\"arn:aws:lambda:eu-west-1:123456789012:function:auth\"; "
          + "/services/0/routes/0/authentication/type=\"basic\"",
      "/services/*/transformation/enabled", "/services/0/transformation/validation/required_fields=[\"id\"]",
      "/services/*/transformation/validation", "/services/0/routes/0/methods=[\"POST\"]");

  @TempDir
  Path dir;

  @TestFactory
  Stream<DynamicTest> everyGalPropertyIsExportedOrReported() throws Exception {
    JsonNode schema = JSON.readTree(TestSupport.root().resolve("schemas/gal-config.schema.json").toFile());
    List<Property> properties = new ArrayList<>();
    walk(schema, schema, "", properties);
    assertTrue(properties.size() > 250, "the walk reaches the whole schema: " + properties.size());
    return Stream.of(ExportTarget.values()).flatMap(target -> properties.stream().filter(p -> !isEmptyBlock(p.value()))
        .map(property -> DynamicTest.dynamicTest(target.optionValue() + " " + property.path(),
            () -> exportedOrReported(target, property))));
  }

  private void exportedOrReported(ExportTarget target, Property property) throws Exception {
    ObjectNode config = withContext(property.path());
    Outcome before = outcome(config.deepCopy(), "before", target);
    JsonPointer at = set(config, property);
    Outcome after = outcome(config, "after", target);
    Optional<UnexportedSettings.Setting> unexported = UnexportedSettings.find(property.path());
    boolean exported = !after.export().equals(before.export()) && after.sources().stream().anyMatch(s -> within(s, at));
    boolean reported = unexported.isPresent() && after.findings().stream().anyMatch(f ->
        unexported.get().ruleIds().contains(f.rule().id()) && (f.pointer().equals(at) || isAncestor(f.pointer(), at)));
    boolean refused = after.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && within(f.pointer(), at));
    boolean inert = unexported.filter(UnexportedSettings.Setting::inert).isPresent();
    assertTrue(exported || reported || refused || inert, "%s = %s: the export %s, and %s".formatted(at, property.value(),
        after.export().equals(before.export()) ? "does not change" : "changes without naming it in the source map",
        unexported.map(u -> u.ruleIds() + " do not report it: " + ids(after)).orElse("UnexportedSettings does not list it; findings: " + ids(after))));
  }

  private static List<String> ids(Outcome outcome) {
    return outcome.findings().stream().map(f -> f.rule().id() + "@" + f.pointer()).toList();
  }

  /** An empty block sets nothing; the walk checks each of its properties instead. */
  private static boolean isEmptyBlock(JsonNode value) {
    return value.isObject() && value.isEmpty();
  }

  private static ObjectNode withContext(String path) throws Exception {
    ObjectNode config = (ObjectNode) YAML().readTree(BASE);
    List<Map.Entry<String, String>> contexts = CONTEXT.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length))).toList();
    for (Map.Entry<String, String> context : contexts) {
      if (path.replaceFirst("^/global/", "/global_config/").startsWith(context.getKey())) {
        for (String assignment : context.getValue().split("; ")) {
          String[] setting = assignment.split("=", 2);
          set(config, new Property(setting[0].replaceAll("/0(/|$)", "/*$1"), JSON.readTree(setting[1])));
        }
      }
    }
    if (path.startsWith("/global/")) {
      config.set("global", config.remove("global_config"));
    }
    return config;
  }

  private static YAMLMapper YAML() {
    return new YAMLMapper();
  }

  record Property(String path, JsonNode value) {}

  record Outcome(String export, List<JsonPointer> sources, List<Finding> findings) {}

  private Outcome outcome(JsonNode config, String name, ExportTarget target) throws Exception {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, YAML().writeValueAsString(config), StandardCharsets.UTF_8);
    Document document = new Loader(LoadLimits.DEFAULTS).load(file, file.getFileName().toString()).documents().get(0);
    GeneratedDocument generated = target == ExportTarget.CLOUDFORMATION
        ? new CloudFormationGenerator(false, 29_000).generate(new GalConfig(document))
        : new OpenApiGenerator().generate(new GalConfig(document));
    List<JsonPointer> sources = new ArrayList<>();
    generated.sourceMap().entries().values().forEach(sources::addAll);
    generated.deployment().parameters().forEach(p -> sources.add(p.source()));
    String export = JSON.writeValueAsString(generated.document()) + generated.deployment().commands("api.json");
    RuleRegistry registry = RuleRegistry.builtIn();
    RuleSettings settings = RuleSettings.DEFAULTS.withOption(registry.allMeta(), ExportTarget.OPTION, target.optionValue());
    List<Finding> findings = TestSupport.lint(file, file.getFileName().toString(), registry, settings).allFindings().toList();
    return new Outcome(export, sources, findings);
  }

  private static boolean within(JsonPointer source, JsonPointer property) {
    return source.equals(property) || isAncestor(property, source);
  }

  private static boolean isAncestor(JsonPointer ancestor, JsonPointer pointer) {
    List<String> a = ancestor.segments();
    List<String> p = pointer.segments();
    return a.size() < p.size() && p.subList(0, a.size()).equals(a);
  }

  /** Sets the property in the config, creating the blocks on its way, and returns its pointer. */
  private static JsonPointer set(ObjectNode config, Property property) {
    String[] segments = property.path().substring(1).split("/");
    JsonNode current = config;
    JsonPointer at = JsonPointer.root();
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      String segment = segments[i];
      if (segment.equals("*")) {
        ArrayNode array = (ArrayNode) current;
        if (array.isEmpty()) {
          array.addObject();
        }
        current = array.get(0);
        at = at.append(0);
        continue;
      }
      ObjectNode object = (ObjectNode) current;
      at = at.append(segment);
      if (last) {
        object.set(segment, property.value());
      } else {
        boolean nextIsItem = segments[i + 1].equals("*");
        JsonNode child = object.get(segment);
        if (child == null || child.isNull() || (nextIsItem != child.isArray())) {
          child = nextIsItem ? object.putArray(segment) : object.putObject(segment);
        }
        current = child;
      }
    }
    return at;
  }

  // --- the schema walk -------------------------------------------------------

  private static void walk(JsonNode root, JsonNode node, String path, List<Property> out) {
    JsonNode resolved = resolve(root, node);
    resolved.path("properties").properties().forEach(e -> {
      String child = path + "/" + e.getKey();
      JsonNode schema = merged(root, e.getValue());
      out.add(new Property(child, CHOSEN.getOrDefault(child.replaceFirst("^/global/", "/global_config/"), value(root, schema, child))));
      walk(root, schema, child, out);
    });
    JsonNode items = resolved.path("items");
    if (items.isObject()) {
      walk(root, merged(root, items), path + "/*", out);
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = root.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  /** A $ref with the referring node's own keywords (default, title) laid over the referenced schema. */
  private static JsonNode merged(JsonNode root, JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    ObjectNode copy = resolve(root, node).deepCopy();
    node.properties().forEach(e -> {
      if (!e.getKey().equals("$ref")) {
        copy.set(e.getKey(), e.getValue());
      }
    });
    return copy;
  }

  /** A valid value other than the schema's default. */
  private static JsonNode value(JsonNode root, JsonNode schema, String path) {
    JsonNode fallback = schema.get("default");
    if (schema.has("enum")) {
      for (JsonNode option : schema.get("enum")) {
        if (!option.equals(fallback) && !option.isNull()) {
          return option;
        }
      }
    }
    String type = schema.path("type").isArray() ? schema.get("type").get(0).asText() : schema.path("type").asText("object");
    return switch (type) {
      case "boolean" -> NODES.booleanNode(fallback == null || !fallback.asBoolean());
      case "integer" -> NODES.numberNode(integer(schema, fallback));
      case "number" -> NODES.numberNode(fallback != null && fallback.asDouble() == 0.5 ? 0.25 : 0.5);
      case "string" -> NODES.textNode(string(schema, fallback, path));
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        JsonNode items = merged(root, schema.path("items"));
        array.add(items.isMissingNode() ? NODES.textNode("x") : value(root, items, path + "/*"));
        yield array;
      }
      default -> object(root, schema, path);
    };
  }

  private static long integer(JsonNode schema, JsonNode fallback) {
    long min = schema.path("minimum").asLong(1);
    long max = schema.path("maximum").asLong(Long.MAX_VALUE);
    long candidate = fallback == null ? Math.max(min, Math.min(max, 7)) : fallback.asLong() - 1;
    return candidate < min ? Math.min(max, fallback.asLong() + 1) : candidate;
  }

  private static String string(JsonNode schema, JsonNode fallback, String path) {
    String pattern = schema.path("pattern").asText("");
    String candidate;
    if (pattern.contains("ms|s|m|h")) {
      candidate = "7s";
    } else if (pattern.equals("^/")) {
      candidate = "/other";
    } else {
      candidate = "changed-" + path.substring(path.lastIndexOf('/') + 1).replace('_', '-');
    }
    return fallback != null && fallback.asText().equals(candidate) ? candidate + "0" : candidate;
  }

  private static JsonNode object(JsonNode root, JsonNode schema, String path) {
    ObjectNode object = NODES.objectNode();
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isObject()) {
      object.set("X-Changed", value(root, merged(root, additional), path + "/{}"));
    }
    for (JsonNode required : schema.path("required")) {
      JsonNode property = merged(root, schema.path("properties").path(required.asText()));
      object.set(required.asText(), value(root, property, path + "/" + required.asText()));
    }
    return object;
  }
}
