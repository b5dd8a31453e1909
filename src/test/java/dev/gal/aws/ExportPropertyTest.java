package dev.gal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.GalConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random GAL configs, seeded so that a failure reproduces: export never
 * throws, every route and method appears exactly once, every path variable is
 * declared, and every operation has an integration.
 */
class ExportPropertyTest {
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
  private static final String[] TYPES = {"HTTP_PROXY", "AWS_PROXY", "MOCK"};
  private static final String[] AUTH = {"", "lambda", "cognito", "iam"};

  @Test
  void randomConfigsExportSoundly() {
    Random random = new Random(20261124L);
    for (int i = 0; i < 300; i++) {
      String config = randomConfig(random);
      LoadResult loaded = new Loader(LoadLimits.DEFAULTS).load(config.getBytes(StandardCharsets.UTF_8), "random.yaml");
      assertEquals(List.of(), loaded.findings(), config);
      JsonNode document = new OpenApiGenerator().generate(new GalConfig(loaded.documents().get(0))).document();
      checkDocument(document, config);
    }
  }

  private static void checkDocument(JsonNode document, String config) {
    Set<String> seen = new HashSet<>();
    Iterator<String> paths = document.path("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      JsonNode item = document.path("paths").path(path);
      Iterator<String> methods = item.fieldNames();
      while (methods.hasNext()) {
        String method = methods.next();
        JsonNode operation = item.get(method);
        assertTrue(seen.add(path + " " + method), "operation listed twice: " + path + " " + method);
        assertTrue(operation.has("x-amazon-apigateway-integration"), path + " " + method + " has an integration\n" + config);
        Set<String> declared = new HashSet<>();
        operation.path("parameters").forEach(p -> declared.add(p.path("name").asText()));
        assertEquals(new HashSet<>(OpenApiGenerator.variables(path)), declared, "path variables of " + path + " " + method);
      }
    }
    assertTrue(config.lines().filter(l -> l.contains("path_prefix")).count() > 0);
  }

  private static String randomConfig(Random random) {
    StringBuilder sb = new StringBuilder("version: \"1.0\"\nprovider: aws_apigateway\nglobal_config:\n  aws_apigateway:\n");
    sb.append("    integration_type: ").append(TYPES[random.nextInt(TYPES.length)]).append('\n');
    sb.append("    lambda_function_arn: \"arn:aws:lambda:us-east-1:123456789012:function:f\"\n");
    String auth = AUTH[random.nextInt(AUTH.length)];
    if (!auth.isEmpty()) {
      sb.append("    authorizer_type: ").append(auth).append('\n');
      sb.append("    lambda_authorizer_arn: \"arn:aws:lambda:us-east-1:123456789012:function:a\"\n");
      sb.append("    cognito_user_pool_arns: [\"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Ab1\"]\n");
    }
    sb.append("    api_key_required: ").append(random.nextBoolean()).append('\n');
    sb.append("    cors_enabled: ").append(random.nextBoolean()).append('\n');
    sb.append("services:\n");
    Set<String> used = new HashSet<>();
    int services = 1 + random.nextInt(3);
    for (int s = 0; s < services; s++) {
      sb.append("  - name: s").append(s).append("\n    type: rest\n    protocol: https\n")
          .append("    upstream: {host: s").append(s).append(".example.com, port: ").append(random.nextBoolean() ? 443 : 8443).append("}\n")
          .append("    routes:\n");
      int routes = 1 + random.nextInt(5);
      for (int r = 0; r < routes; r++) {
        String path = randomPath(random);
        List<String> methods = new ArrayList<>();
        for (String m : METHODS) {
          if (random.nextInt(3) == 0 && used.add(path + " " + m)) {
            methods.add(m);
          }
        }
        if (methods.isEmpty()) {
          if (!used.add(path + " ANY")) {
            continue;
          }
          sb.append("      - path_prefix: ").append(path).append('\n');
        } else {
          sb.append("      - path_prefix: ").append(path).append("\n        methods: [").append(String.join(", ", methods)).append("]\n");
        }
      }
    }
    return sb.toString();
  }

  private static String randomPath(Random random) {
    StringBuilder path = new StringBuilder();
    int depth = 1 + random.nextInt(3);
    for (int d = 0; d < depth; d++) {
      path.append('/').append(random.nextInt(4) == 0 ? "{p" + d + "}" : "r" + random.nextInt(3));
    }
    if (random.nextInt(6) == 0) {
      path.append("/{proxy+}");
    }
    return path.toString();
  }
}
