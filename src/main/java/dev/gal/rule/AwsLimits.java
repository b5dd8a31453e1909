package dev.gal.rule;

/**
 * API Gateway limits that more than one rule, or a rule and gal export,
 * check. Kept in one place so that they cannot disagree; the rules' quotes
 * give the sentence of the AWS guide each limit comes from.
 */
public final class AwsLimits {
  /** The shortest integration timeout, REST and HTTP APIs alike. */
  public static final long INTEGRATION_TIMEOUT_MIN_MS = 50;
  /** The longest REST API integration timeout unless the account's quota is raised. */
  public static final long INTEGRATION_TIMEOUT_MAX_MS = 29_000;
  /** {@link #INTEGRATION_TIMEOUT_MAX_MS} as annotations need it, for a rule option's default. */
  public static final String INTEGRATION_TIMEOUT_MAX_MS_TEXT = "" + INTEGRATION_TIMEOUT_MAX_MS;
  /** The highest raised quota gal accepts for Regional and private REST APIs. */
  public static final long INTEGRATION_TIMEOUT_RAISED_MAX_MS = 300_000;
  /** The longest HTTP API integration timeout, which cannot be raised. */
  public static final long HTTP_API_INTEGRATION_TIMEOUT_MAX_MS = 30_000;
  /** The longest a Lambda authorizer's result may be cached, in seconds; it cannot be raised. */
  public static final long AUTHORIZER_TTL_MAX_S = 3600;

  private AwsLimits() {}
}
