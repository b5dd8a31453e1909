package dev.gal.rule;

/** Which GAL configs a rule applies to. */
public enum AppliesTo {
  /** Configs for the aws_apigateway provider: the AWS rules stay quiet on a Kong or Envoy config. */
  AWS_CONFIG,
  /** Every GAL config, whatever its provider. */
  ANY_CONFIG
}
