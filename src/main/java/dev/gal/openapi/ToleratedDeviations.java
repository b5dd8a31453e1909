package dev.gal.openapi;

import java.util.List;
import java.util.regex.Pattern;

/**
 * swagger-parser messages about gaps in a document that the OpenAPI
 * specification forbids but AWS import accepts. The Developer Guide's own
 * samples have each of them and are imported, so they are no structural errors.
 */
final class ToleratedDeviations {
  static final String NOTE = "; the OpenAPI specification requires it, but API Gateway imports such documents,"
      + " as the Developer Guide's own samples show";

  private static final List<Pattern> TOLERATED = List.of(
      // No responses: the x-amazon-apigateway-integrations sample. An empty responses object is what
      // the x-amazon-apigateway-authorizer and x-amazon-apigateway-any-method samples have.
      Pattern.compile("attribute paths\\..+\\.responses is (missing|empty)"),
      // A response without description and a Swagger 2.0 parameter without type: the request
      // validation sample, which the guide imports with failonwarning=true.
      Pattern.compile("attribute paths\\..+\\.responses\\.[^.]+\\.description is missing"),
      Pattern.compile("attribute paths\\..+\\.\\[[^]]+]\\.type is missing"),
      // No info.version: the create-api-using-swagger and x-amazon-apigateway-api-key-source samples.
      Pattern.compile("attribute info\\.version is missing"),
      // An oauth2 scheme without flows: the JWT authorizer sample of x-amazon-apigateway-authorizer.
      Pattern.compile("attribute components\\.securitySchemes\\..+\\.flows is missing"));

  private ToleratedDeviations() {}

  static boolean tolerated(String message) {
    return TOLERATED.stream().anyMatch(p -> p.matcher(message).matches());
  }
}
