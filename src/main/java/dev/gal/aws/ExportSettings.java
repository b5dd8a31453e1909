package dev.gal.aws;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.JsonPointer;
import dev.gal.model.Located;
import java.util.List;

/**
 * The AWS settings as the generator needs them: GAL's defaults applied, and
 * each value with the pointer it came from (the AWS block for defaults), and
 * the longest integration timeout the account allows.
 */
record ExportSettings(GalConfig config, AwsSettings aws, long maxTimeoutMs) {
  static ExportSettings of(GalConfig config, long maxTimeoutMs) {
    return new ExportSettings(config, config.awsSettings(), maxTimeoutMs);
  }

  JsonPointer source(String key) {
    return aws.has(key) ? aws.blockPointer().append(key) : aws.blockPointer();
  }

  String text(String key, String fallback) {
    return aws.string(key).map(Located::value).filter(v -> !v.isEmpty()).orElse(fallback);
  }

  long timeoutMs() {
    return config.integrationTimeoutMs().map(Located::value).orElse(29_000L);
  }

  long authorizerTtl() {
    return aws.block().flatMap(b -> b.integer("lambda_authorizer_ttl")).map(Located::value).orElse(300L);
  }

  List<String> values(List<Located<String>> located) {
    return located.stream().map(Located::value).toList();
  }

  /** The one origin a static response can carry: "*" or the first listed. */
  String corsOrigin() {
    List<String> origins = values(aws.corsOrigins());
    return origins.contains("*") || origins.isEmpty() ? "*" : origins.get(0);
  }
}
