package dev.gal.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random GAL configs for the export property tests, from a seeded Random so
 * that a failure reproduces. They cover what the exports turn into output:
 * integration and authorizer types, API keys (global and per route), public
 * routes, endpoint types, stages, CORS, route rate limits, timeouts and
 * static headers; now and then a value the lint gate refuses (an integration
 * timeout above 29 s), so that both outcomes occur.
 */
final class RandomGalConfigs {
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
  private static final String[] TYPES = {"HTTP_PROXY", "AWS_PROXY", "MOCK"};
  private static final String[] AUTH = {"", "lambda", "cognito", "iam"};
  private static final String[] ENDPOINTS = {"REGIONAL", "EDGE", "PRIVATE"};
  private static final String[] KEY_TYPES = {"ip_address", "header", "jwt_claim"};

  private final Random random;

  RandomGalConfigs(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    StringBuilder sb = new StringBuilder("version: \"1.0\"\nprovider: aws_apigateway\nglobal_config:\n  aws_apigateway:\n");
    sb.append("    api_name: api-").append(random.nextInt(100)).append('\n');
    sb.append("    endpoint_type: ").append(pick(ENDPOINTS)).append('\n');
    if (random.nextBoolean()) {
      sb.append("    stage_name: s").append(random.nextInt(10)).append('\n');
    }
    sb.append("    integration_type: ").append(pick(TYPES)).append('\n');
    sb.append("    lambda_function_arn: \"arn:aws:lambda:us-east-1:123456789012:function:f\"\n");
    if (random.nextInt(4) == 0) {
      sb.append("    lambda_invoke_role_arn: \"arn:aws:iam::123456789012:role/invoke\"\n");
    }
    if (random.nextInt(10) == 0) {
      sb.append("    integration_timeout_ms: 30000\n");
    }
    String auth = pick(AUTH);
    if (!auth.isEmpty()) {
      sb.append("    authorizer_type: ").append(auth).append('\n');
      sb.append("    lambda_authorizer_arn: \"arn:aws:lambda:us-east-1:123456789012:function:")
          .append(random.nextInt(3) == 0 ? "f" : "a").append("\"\n");
      sb.append("    cognito_user_pool_arns: [\"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Ab1\"]\n");
    }
    sb.append("    api_key_required: ").append(random.nextInt(3) == 0).append('\n');
    if (random.nextInt(4) == 0) {
      sb.append("    api_key_source: AUTHORIZER\n");
    }
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
        route(sb, used);
      }
    }
    return sb.toString();
  }

  private void route(StringBuilder sb, Set<String> used) {
    String path = path();
    List<String> methods = new ArrayList<>();
    for (String m : METHODS) {
      if (random.nextInt(3) == 0 && used.add(path + " " + m)) {
        methods.add(m);
      }
    }
    if (methods.isEmpty() && !used.add(path + " ANY")) {
      return;
    }
    sb.append("      - path_prefix: ").append(path).append('\n');
    if (!methods.isEmpty()) {
      sb.append("        methods: [").append(String.join(", ", methods)).append("]\n");
    }
    switch (random.nextInt(6)) {
      case 0 -> sb.append("        authentication: {enabled: false}\n");
      case 1 -> sb.append("        authentication: {type: api_key}\n");
      default -> {
        // the global authentication settings apply
      }
    }
    if (random.nextInt(3) == 0) {
      sb.append("        rate_limit:\n          requests_per_second: ").append(1 + random.nextInt(500)).append('\n');
      if (random.nextBoolean()) {
        sb.append("          burst: ").append(random.nextInt(1000)).append('\n');
      }
      if (random.nextInt(4) == 0) {
        sb.append("          key_type: ").append(pick(KEY_TYPES)).append('\n');
      }
      if (random.nextInt(5) == 0) {
        sb.append("          enabled: false\n");
      }
    }
    if (random.nextInt(4) == 0) {
      sb.append("        timeout: {read: \"").append(1 + random.nextInt(40)).append("s\"}\n");
    }
    if (random.nextInt(5) == 0) {
      sb.append("        headers: {request_add: {X-Source: gateway}}\n");
    }
  }

  private String path() {
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

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
