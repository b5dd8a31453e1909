package dev.gal.builtin.openapi;

import dev.gal.model.Node;
import dev.gal.model.OpenApiDocument;
import dev.gal.rule.Category;
import dev.gal.rule.ImportParameters;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.RuleOption;
import dev.gal.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "AWS-OAS-050",
    name = "vpc-endpoint-ids-on-public-api",
    summary = "vpcEndpointIds in a REST API that is not imported as PRIVATE",
    description = "Only a PRIVATE REST API takes vpcEndpointIds; importing a document that has them as an EDGE or "
        + "REGIONAL API fails with \"VPCEndpoints can only be specified with PRIVATE apis.\" (aws/aws-cdk#9588). "
        + "The endpoint type is no part of the document but a parameter of the import "
        + "(--parameters endpointConfigurationTypes=PRIVATE; an import without it makes an EDGE API), so set "
        + "the option endpoint_type to the type your documents are imported with. While it is unknown, the rule "
        + "reports only a document whose endpoint configuration itself lists types without PRIVATE. On the "
        + "document gal export generates, the option is the GAL config's endpoint_type.",
    severity = Severity.ERROR,
    category = Category.OPENAPI,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html",
    quote = "A list of VpcEndpoint identifiers against which to create Route 53 alias records for a REST API. It is only "
        + "supported for REST APIs the PRIVATE endpoint type.",
    options = @RuleOption(name = ImportParameters.ENDPOINT_TYPE, type = OptionType.ENUM, defaultValue = "unknown",
        values = {"unknown", "EDGE", "REGIONAL", "PRIVATE"},
        description = "The endpoint type the documents are imported with (import-rest-api --parameters "
            + "endpointConfigurationTypes=...); unknown trusts the document's own types, if any."))
public final class VpcEndpointIdsOnPublicApi implements OpenApiRule {
  private static final String PRIVATE = "PRIVATE";

  @Override
  public void check(OpenApiDocument document, RuleContext context) {
    if (document.kind() != OpenApiDocument.ApiKind.REST) {
      return;
    }
    String imported = context.options().string(ImportParameters.ENDPOINT_TYPE);
    for (Node configuration : EndpointConfigurations.of(document)) {
      configuration.member("vpcEndpointIds").filter(ids -> ids.value().isArray() && ids.value().size() > 0).ifPresent(ids -> {
        if (!imported.equals("unknown")) {
          if (!imported.equals(PRIVATE)) {
            context.reportKey(ids.pointer(), ("vpcEndpointIds are given, but the API is imported as %s (option endpoint_type), "
                + "and only a PRIVATE API takes them: import fails (VPCEndpoints can only be specified with PRIVATE apis)").formatted(imported));
          }
          return;
        }
        List<String> types = configuration.strings("types").stream().map(t -> t.value()).toList();
        if (!types.isEmpty() && !types.contains(PRIVATE)) {
          context.reportKey(ids.pointer(), ("vpcEndpointIds are given next to types %s; only a PRIVATE API takes them, so "
              + "import it with endpointConfigurationTypes=PRIVATE (and set this rule's option endpoint_type), or drop the ids")
              .formatted(types));
        }
      });
    }
  }
}
