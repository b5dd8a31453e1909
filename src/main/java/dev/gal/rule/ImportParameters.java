package dev.gal.rule;

/**
 * What an OpenAPI document is imported with but does not hold itself: import-rest-api's parameters. A rule
 * that depends on one declares an option of the parameter's name; the user states it for their documents,
 * and on the document gal export generates the engine sets it from the GAL config that the export is made
 * (and deployed) from.
 */
public final class ImportParameters {
  /**
   * The endpoint type (EDGE, REGIONAL or PRIVATE) of import-rest-api --parameters endpointConfigurationTypes,
   * or unknown; the GAL config's endpoint_type for the generated document.
   */
  public static final String ENDPOINT_TYPE = "endpoint_type";

  private ImportParameters() {}
}
