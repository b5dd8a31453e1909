package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.FixKind;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;
import dev.gal.builtin.support.CorsOrigins;
import java.util.List;

@RuleInfo(
    id = "AWS-CORS-002",
    name = "cors-headers-miss-authorization",
    summary = "An authorizer is used, but CORS does not allow the headers that carry the credentials",
    description = "Browsers send a non-safelisted request header cross-origin only when the preflight's "
        + "Access-Control-Allow-Headers lists it; the wildcard * never covers Authorization (Fetch "
        + "standard, https://fetch.spec.whatwg.org/#http-access-control-allow-headers). A Lambda or "
        + "Cognito authorizer reads the token from Authorization. IAM authorization needs requests "
        + "signed with Signature Version 4, which adds Authorization and X-Amz-Date, and "
        + "X-Amz-Security-Token with temporary credentials, the kind web pages get from Cognito "
        + "identity pools. Without them in cors_allow_headers, web pages cannot call the API. The "
        + "console's default list holds all of them. gal lint --fix adds the missing ones to cors_allow_headers.",
    severity = Severity.WARNING,
    category = Category.CORS,
    reference = CorsGuide.CONSOLE,
    quote = CorsGuide.ALLOWED_HEADERS,
    fix = FixKind.SAFE)
public final class CorsAuthorizationHeader implements GalConfigRule {
  private static final List<String> TOKEN_HEADERS = List.of("Authorization");
  private static final List<String> SIGV4_HEADERS = List.of("Authorization", "X-Amz-Date", "X-Amz-Security-Token");

  @Override
  public void check(GalConfig config, RuleContext context) {
    AwsSettings aws = config.awsSettings();
    if (!aws.corsEnabled() || aws.authorizerType().isEmpty()) {
      return;
    }
    String type = aws.authorizerType().get();
    List<String> sent = type.equals("iam") ? SIGV4_HEADERS : TOKEN_HEADERS;
    List<String> missing = sent.stream().filter(h -> !CorsOrigins.allowsHeader(aws.corsHeaders(), h)).toList();
    if (!missing.isEmpty()) {
      context.reportKey(CorsSetting.at(aws, "cors_allow_headers"), ("authorizer_type is %s, so requests carry %s, but "
          + "cors_allow_headers does not list %s; browsers send such headers cross-origin only when the preflight allows "
          + "them, so add them").formatted(type, String.join(", ", sent), String.join(", ", missing)),
          CorsListFix.adding(aws, "cors_allow_headers", AwsSettings.DEFAULT_CORS_HEADERS, missing));
    }
  }
}
