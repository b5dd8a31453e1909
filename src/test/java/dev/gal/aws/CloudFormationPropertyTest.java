package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's property: every generated config that the openapi target
 * accepts also gives a valid template, whose Body equals the OpenAPI output
 * once parsed. Valid here means what cfn-lint cannot check without a
 * template in front of it: every Ref, Fn::GetAtt, Fn::Sub variable and
 * DependsOn names a resource of the template or a pseudo parameter, every
 * resource is of a type the generator writes, every method setting is an
 * operation of the Body, and a usage plan exists exactly when some operation
 * requires an API key. The configs are seeded, so a failure reproduces.
 */
class CloudFormationPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CASES = 300;
  private static final Set<String> TYPES = Set.of("AWS::ApiGateway::RestApi", "AWS::ApiGateway::Deployment",
      "AWS::ApiGateway::Stage", "AWS::Lambda::Permission", "AWS::ApiGateway::UsagePlan", "AWS::ApiGateway::ApiKey",
      "AWS::ApiGateway::UsagePlanKey");
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

  @TempDir
  Path dir;

  @Test
  void everyConfigTheOpenApiTargetAcceptsGivesAValidTemplate() throws Exception {
    RandomGalConfigs configs = new RandomGalConfigs(20261129L);
    int accepted = 0;
    int refused = 0;
    int keyed = 0;
    for (int i = 0; i < CASES; i++) {
      String config = configs.next();
      Path file = dir.resolve("case-" + i + ".yaml");
      Files.writeString(file, config, StandardCharsets.UTF_8);
      String[] more = i % 3 == 0 ? new String[] {"--stage-variables"} : new String[0];
      TestSupport.Run openApi = export(file, more);
      if (openApi.exitCode() != 0) {
        refused++;
        continue;
      }
      accepted++;
      TestSupport.Run template = export(file, more, "--target", "cloudformation");
      assertEquals(0, template.exitCode(), "case " + i + ": openapi accepts it, cloudformation refuses it\n"
          + template.stderr() + config);
      JsonNode parsed = JSON.readTree(template.stdout());
      assertEquals(JSON.readTree(openApi.stdout()), parsed.at("/Resources/RestApi/Properties/Body"), "case " + i + "\n" + config);
      List<String> problems = problems(parsed);
      assertEquals(List.of(), problems, "case " + i + "\n" + config);
      keyed += parsed.path("Resources").has("UsagePlan") ? 1 : 0;
    }
    // both outcomes, and the resources of every kind, must occur for the property to say anything
    assertTrue(accepted >= CASES / 2, "accepted " + accepted);
    assertTrue(refused > 0, "refused " + refused);
    assertTrue(keyed > 0 && keyed < accepted, "keyed " + keyed);
  }

  private static TestSupport.Run export(Path file, String[] more, String... target) {
    List<String> args = new ArrayList<>(List.of("export"));
    args.addAll(List.of(more));
    args.addAll(List.of(target));
    args.add(file.toString());
    return TestSupport.cli(args.toArray(String[]::new));
  }

  /** What makes the template invalid, or inconsistent with its Body; empty when it is sound. */
  static List<String> problems(JsonNode template) {
    List<String> problems = new ArrayList<>();
    JsonNode resources = template.path("Resources");
    Set<String> ids = new HashSet<>();
    resources.fieldNames().forEachRemaining(ids::add);
    for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> resource = it.next();
      String type = resource.getValue().path("Type").asText();
      if (!TYPES.contains(type)) {
        problems.add(resource.getKey() + " has type " + type);
      }
      JsonNode dependsOn = resource.getValue().path("DependsOn");
      List<JsonNode> targets = new ArrayList<>();
      if (dependsOn.isArray()) {
        dependsOn.forEach(targets::add);
      } else if (!dependsOn.isMissingNode()) {
        targets.add(dependsOn);
      }
      targets.forEach(t -> named(t.asText(), ids, resource.getKey() + " DependsOn", problems));
      references(resource.getValue().path("Properties"), resource.getKey().equals(CloudFormationGenerator.REST_API), ids,
          resource.getKey(), problems);
    }
    references(template.path("Outputs"), false, ids, "Outputs", problems);
    JsonNode body = resources.at("/RestApi/Properties/Body");
    methodSettingsAreOperations(resources.at("/Stage/Properties/MethodSettings"), body, problems);
    boolean keyed = false;
    for (JsonNode item : body.path("paths")) {
      for (JsonNode operation : item) {
        for (JsonNode requirement : operation.path("security")) {
          keyed |= requirement.has(SecuritySchemes.API_KEY);
        }
      }
    }
    for (String id : List.of("UsagePlan", "ApiKey", "UsagePlanKey")) {
      if (keyed != resources.has(id)) {
        problems.add(id + (keyed ? " is missing, though a method requires an API key" : " without a keyed method"));
      }
    }
    return problems;
  }

  /** Every Ref, Fn::GetAtt and Fn::Sub variable below {@code node}; the RestApi's Body is OpenAPI, not template. */
  private static void references(JsonNode node, boolean restApi, Set<String> ids, String where, List<String> problems) {
    if (node.isArray()) {
      node.forEach(item -> references(item, false, ids, where, problems));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      switch (field.getKey()) {
        case "Body" -> {
          if (!restApi) {
            references(field.getValue(), false, ids, where, problems);
          }
        }
        case "Ref" -> named(field.getValue().asText(), ids, where + " Ref", problems);
        case "Fn::GetAtt" -> named(field.getValue().path(0).asText(), ids, where + " Fn::GetAtt", problems);
        case "Fn::Sub" -> {
          Matcher variable = SUB_VARIABLE.matcher(field.getValue().asText());
          while (variable.find()) {
            named(variable.group(1).split("\\.")[0], ids, where + " Fn::Sub", problems);
          }
        }
        default -> references(field.getValue(), false, ids, where, problems);
      }
    }
  }

  private static void named(String name, Set<String> ids, String where, List<String> problems) {
    if (!ids.contains(name) && !name.startsWith("AWS::")) {
      problems.add(where + " names " + name + ", which is not in the template");
    }
  }

  /** Each MethodSettings entry names a path of the Body (~1 for each slash) and one of its operations, or ANY. */
  private static void methodSettingsAreOperations(JsonNode settings, JsonNode body, List<String> problems) {
    for (JsonNode setting : settings) {
      String path = setting.path("ResourcePath").asText();
      String decoded = path.equals("/") ? "/" : path.substring(1).replace("~1", "/").replace("~0", "~");
      String method = setting.path("HttpMethod").asText();
      JsonNode item = body.path("paths").path(decoded);
      String operation = method.equals("ANY") ? "x-amazon-apigateway-any-method" : method.toLowerCase(Locale.ROOT);
      if (!item.has(operation)) {
        problems.add("MethodSettings " + method + " " + path + " is no operation of the Body");
      }
      if (!setting.path("ThrottlingRateLimit").isNumber()) {
        problems.add("MethodSettings " + method + " " + path + " has no ThrottlingRateLimit");
      }
    }
  }

  /** The checker itself finds what it looks for: a template with each kind of fault. */
  @Test
  void theCheckerFindsBrokenTemplates() throws Exception {
    JsonNode sound = JSON.readTree(TestSupport.root().resolve("fixtures/export-cfn/api-keys-rate-limits/template.json").toFile());
    assertEquals(List.of(), problems(sound));
    Map<String, String> breakages = Map.of(
        "/Resources/UsagePlanKey/Properties/KeyId", "{\"Ref\":\"NoSuchKey\"}",
        "/Resources/Stage/Properties/DeploymentId", "{\"Fn::GetAtt\":[\"Gone\",\"Id\"]}",
        "/Outputs/InvokeUrl/Value", "{\"Fn::Sub\":\"https://${Missing}.example.com\"}",
        "/Resources/Stage/Properties/MethodSettings/0/ResourcePath", "\"/~1nowhere\"",
        "/Resources/ApiKey/Type", "\"AWS::ApiGateway::Account\"");
    for (Map.Entry<String, String> breakage : breakages.entrySet()) {
      JsonNode broken = sound.deepCopy();
      String pointer = breakage.getKey();
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = broken.at(pointer.substring(0, slash));
      String key = pointer.substring(slash + 1);
      if (parent.isArray()) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(key), JSON.readTree(breakage.getValue()));
      } else if (parent.isObject()) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) parent).set(key, JSON.readTree(breakage.getValue()));
      } else {
        fail("no " + pointer + " in the golden");
      }
      assertEquals(1, problems(broken).size(), breakage.toString() + " " + problems(broken));
    }
    JsonNode unplanned = sound.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) unplanned.path("Resources")).remove("UsagePlan");
    assertTrue(problems(unplanned).stream().anyMatch(p -> p.startsWith("UsagePlan is missing")), problems(unplanned).toString());
  }
}
