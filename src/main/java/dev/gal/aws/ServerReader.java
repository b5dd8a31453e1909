package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.Located;
import dev.gal.model.Node;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * stage_name from the document's base path, and the region it states. An
 * export from API Gateway writes the stage as the base path: in OpenAPI 3 as
 * servers[0].variables.basePath (default "/test"), in Swagger 2.0 as basePath,
 * beside the host ID.execute-api.REGION.amazonaws.com. The base path is found
 * as API Gateway's import finds it (api-gateway-import-api-basePath): the
 * first basePath server variable, else the path of the server url.
 */
record ServerReader(ImportContext context) {
  private static final String DEFAULT_STAGE = "prod";
  private static final String DEFAULT_REGION = "us-east-1";
  /** API Gateway's stage names: letters, digits, '-' and '_', at most 128. */
  private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final Pattern EXECUTE_API = Pattern.compile("(?i)[^.]+\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?\\.?");
  private static final Pattern SERVER_URL = Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://([^/?#]*))?([^?#]*).*");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

  void readStage(ObjectNode aws) {
    basePath().ifPresent(base -> {
      String stage = base.value().replaceAll("^/+|/+$", "");
      if (stage.isEmpty()) {
        return;
      }
      if (STAGE.matcher(stage).matches()) {
        OpenApiImporter.putIfNot(aws, "stage_name", stage, DEFAULT_STAGE);
      } else {
        context.change(base.pointer(), ("the base path %s, which is no stage name (one path segment of letters, digits, '-' "
            + "and '_'), so stage_name stays GAL's default, %s; set stage_name to the stage you deploy to")
            .formatted(base.value(), DEFAULT_STAGE));
      }
    });
  }

  /**
   * A GAL config has no region: gal export writes the region of
   * lambda_function_arn in its servers block, else us-east-1. A document
   * that states another region is told so.
   */
  void readRegion(ObjectNode aws) {
    region().ifPresent(region -> {
      String written = Optional.ofNullable(aws.path("lambda_function_arn").textValue()).flatMap(LambdaUris::region).orElse(DEFAULT_REGION);
      if (!region.value().equalsIgnoreCase(written)) {
        context.change(region.pointer(), ("the region %s: a GAL config has no region, and gal export writes %s in its servers "
            + "block (the region of lambda_function_arn, else us-east-1); the API runs in the region you import it into "
            + "(aws apigateway import-rest-api --region %s)").formatted(region.value(), written, region.value()));
      }
    });
  }

  private Optional<Located<String>> basePath() {
    Node root = context.document().root();
    if (context.document().isSwagger2()) {
      return root.string("basePath");
    }
    for (Node server : root.items("servers")) {
      Optional<Located<String>> variable = server.object("variables").flatMap(v -> v.object("basePath")).flatMap(b -> b.string("default"));
      if (variable.isPresent()) {
        return variable;
      }
    }
    return firstServer().flatMap(server -> server.string("url").map(url -> new Located<>(urlPart(server.value(), url.value(), 2),
        url.pointer()))).filter(path -> !path.value().isEmpty());
  }

  private Optional<Located<String>> region() {
    Node root = context.document().root();
    if (context.document().isSwagger2()) {
      return root.string("host").flatMap(host -> executeApiRegion(host.value()).map(r -> new Located<>(r, host.pointer())));
    }
    for (Node server : root.items("servers")) {
      Optional<Located<String>> variable = server.object("variables").flatMap(v -> v.object("region")).flatMap(b -> b.string("default"));
      if (variable.isPresent()) {
        return variable.filter(r -> r.value().matches("[a-z]{2,}(-[a-z]+)+-\\d+"));
      }
    }
    return firstServer().flatMap(server -> server.string("url").flatMap(url -> executeApiRegion(urlPart(server.value(), url.value(), 1))
        .map(r -> new Located<>(r, url.pointer()))));
  }

  private Optional<Node> firstServer() {
    return context.document().root().items("servers").stream().findFirst();
  }

  private static Optional<String> executeApiRegion(String host) {
    Matcher m = EXECUTE_API.matcher(host);
    return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** The host (group 1) or path (group 2) of a server url, its {variables} replaced by their defaults. */
  private static String urlPart(JsonNode server, String url, int group) {
    JsonNode variables = server.path("variables");
    Matcher v = VARIABLE.matcher(url);
    StringBuilder resolved = new StringBuilder();
    while (v.find()) {
      JsonNode value = variables.path(v.group(1)).path("default");
      v.appendReplacement(resolved, Matcher.quoteReplacement(value.isTextual() ? value.textValue() : v.group()));
    }
    v.appendTail(resolved);
    Matcher m = SERVER_URL.matcher(resolved.toString());
    if (!m.matches()) {
      return "";
    }
    String part = m.group(group);
    return part == null ? "" : part;
  }
}
