package dev.gal.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.model.GalRoute;
import dev.gal.model.JsonPointer;
import dev.gal.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * components.securitySchemes for API keys and the one authorizer GAL allows,
 * and the security requirement each protected operation carries.
 */
final class SecuritySchemes {
  static final String API_KEY = "api_key";
  static final String LAMBDA = "lambda_authorizer";
  static final String COGNITO = "cognito_authorizer";
  static final String IAM = "sigv4";

  private final ExportSettings settings;
  private final Emitter emit;

  SecuritySchemes(ExportSettings settings, Emitter emit) {
    this.settings = settings;
    this.emit = emit;
  }

  /** The scheme names every protected operation must satisfy together, from the global settings. */
  private List<String> globalRequirement() {
    List<String> names = new ArrayList<>();
    authorizerScheme().ifPresent(names::add);
    if (settings.aws().apiKeyRequired()) {
      names.add(API_KEY);
    }
    return names;
  }

  /**
   * The scheme names the route's operations must satisfy together; empty for
   * a public route. A route's own api_key authentication adds the API key to
   * the global requirement: dropping it would leave the route open.
   */
  List<String> requirement(GalRoute route) {
    if (route.authenticationSwitchedOff()) {
      return List.of();
    }
    List<String> names = globalRequirement();
    if (route.authenticationType().filter(API_KEY::equals).isPresent() && !names.contains(API_KEY)) {
      names.add(API_KEY);
    }
    return names;
  }

  /**
   * The operation's security requirement, attributed to the settings it comes
   * from; for a route with authentication switched off, the absent requirement
   * is attributed to that switch.
   */
  void writeRequirement(ObjectNode operation, JsonPointer operationAt, GalRoute route) {
    JsonPointer at = operationAt.append("security");
    Optional<JsonPointer> routeAuthentication = route.node().member("authentication").map(Node::pointer);
    if (route.authenticationSwitchedOff()) {
      emit.record(at, route.node().object("authentication").flatMap(a -> a.member("enabled")).map(Node::pointer)
          .orElse(routeAuthentication.orElseThrow()));
      return;
    }
    List<String> names = requirement(route);
    if (names.isEmpty()) {
      return;
    }
    ObjectNode all = operation.putArray("security").addObject();
    names.forEach(all::putArray);
    for (String name : names) {
      boolean routeKey = name.equals(API_KEY) && !globalRequirement().contains(API_KEY);
      emit.alsoFrom(at, routeKey ? routeAuthentication.orElseThrow() : source(name));
    }
  }

  /** The schemes that the routes' requirements name. */
  void write(ObjectNode document, JsonPointer at, List<GalRoute> routes) {
    Set<String> names = new LinkedHashSet<>(globalRequirement());
    routes.forEach(route -> names.addAll(requirement(route)));
    if (names.isEmpty()) {
      return;
    }
    ObjectNode components = emit.object(document, at, "components", null);
    JsonPointer componentsAt = at.append("components");
    ObjectNode schemes = emit.object(components, componentsAt, "securitySchemes", null);
    JsonPointer schemesAt = componentsAt.append("securitySchemes");
    for (String name : names) {
      ObjectNode scheme = emit.object(schemes, schemesAt, name, source(name));
      scheme.put("type", "apiKey");
      scheme.put("name", name.equals(API_KEY) ? "x-api-key" : "Authorization");
      scheme.put("in", "header");
      switch (name) {
        case LAMBDA -> lambda(scheme, schemesAt.append(name));
        case COGNITO -> cognito(scheme);
        case IAM -> scheme.put("x-amazon-apigateway-authtype", "awsSigv4");
        default -> {
          // the API key scheme needs nothing more
        }
      }
    }
  }

  /**
   * A token authorizer on the header the scheme names (Authorization). No
   * identitySource: the guide applies it "for the authorizer of the request
   * and jwt type only".
   */
  private void lambda(ObjectNode scheme, JsonPointer at) {
    scheme.put("x-amazon-apigateway-authtype", "custom");
    ObjectNode authorizer = emit.object(scheme, at, "x-amazon-apigateway-authorizer", settings.source("lambda_authorizer_arn"));
    authorizer.put("type", "token");
    settings.aws().string("lambda_authorizer_arn").flatMap(arn -> LambdaUris.invocation(arn.value()))
        .ifPresent(uri -> authorizer.put("authorizerUri", uri));
    emit.put(authorizer, at.append("x-amazon-apigateway-authorizer"), "authorizerResultTtlInSeconds",
        Emitter.NODES.numberNode(settings.authorizerTtl()), settings.source("lambda_authorizer_ttl"));
  }

  private void cognito(ObjectNode scheme) {
    scheme.put("x-amazon-apigateway-authtype", "cognito_user_pools");
    ObjectNode authorizer = scheme.putObject("x-amazon-apigateway-authorizer");
    authorizer.put("type", "cognito_user_pools");
    authorizer.set("providerARNs", emit.array(settings.values(settings.aws().block()
        .map(b -> b.strings("cognito_user_pool_arns")).orElse(List.of()))));
  }

  private Optional<String> authorizerScheme() {
    return settings.aws().authorizerType().map(type -> switch (type) {
      case "lambda" -> LAMBDA;
      case "cognito" -> COGNITO;
      default -> IAM;
    });
  }

  private JsonPointer source(String scheme) {
    return scheme.equals(API_KEY) ? settings.source("api_key_required") : settings.source("authorizer_type");
  }
}
