package dev.gal.aws;

import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;

/** What gal import says about parts of an OpenAPI document a GAL config cannot hold. */
public final class ImportDiagnostics {
  public static final RuleMeta NOT_REPRESENTABLE = new RuleMeta("GAL-IMPORT-001", "not-representable-in-gal",
      "A part of the OpenAPI document that a GAL config cannot express",
      "GAL describes one integration type for the whole API, backends by host and port, one authorizer "
          + "and global CORS settings. Mapping templates, VPC links, models, per-method integrations "
          + "that differ from the global type and similar parts have no place in it. gal import reports "
          + "each part it drops, each method it leaves out of the config, and each route that behaves "
          + "differently once imported (a MOCK's answer, a timeout, a backend path), so nothing is lost "
          + "or changed unnoticed. Template placeholders (${region}, ${AWS::Region}, "
          + "${stageVariables.NAME}) are kept as written.",
      Severity.WARNING, Category.OPENAPI, "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html",
      "0.1.0", AppliesTo.OPENAPI, List.of());

  public static final List<RuleMeta> ALL = List.of(NOT_REPRESENTABLE);

  private ImportDiagnostics() {}
}
