package dev.gal.builtin.integration;

import dev.gal.model.GalConfig;
import dev.gal.rule.AwsLimits;
import dev.gal.rule.RuleOptions;

/**
 * The longest integration timeout API Gateway allows a config: 29,000 ms by
 * default; for REGIONAL and PRIVATE APIs, the raised quota the user states
 * in the option max_timeout_ms. Edge-optimized APIs cannot raise it. One
 * place, so that every rule checks the same bound.
 */
public final class IntegrationTimeoutLimit {
  static final String OPTION = "max_timeout_ms";
  public static final long MIN_MS = AwsLimits.INTEGRATION_TIMEOUT_MIN_MS;
  static final long DEFAULT_MAX_MS = AwsLimits.INTEGRATION_TIMEOUT_MAX_MS;

  private IntegrationTimeoutLimit() {}

  public static long maxMs(GalConfig config, RuleOptions options) {
    return raisable(config) ? Math.max(DEFAULT_MAX_MS, options.integer(OPTION)) : DEFAULT_MAX_MS;
  }

  /** Whether a quota increase applies: Regional and private REST APIs only. */
  static boolean raisable(GalConfig config) {
    return !config.awsSettings().endpointType().equals("EDGE");
  }

  /** The hint for a value over the default bound, when raising the quota would allow it. */
  static String raiseHint(GalConfig config, long maxMs) {
    return raisable(config) && maxMs == DEFAULT_MAX_MS
        ? " (or set the option " + OPTION + " if your account's quota is raised)" : "";
  }
}
