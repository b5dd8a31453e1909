package dev.gal.aws.lint;

import dev.gal.aws.OpenApiGenerator;
import dev.gal.builtin.integration.IntegrationTimeoutLimit;
import dev.gal.builtin.integration.RouteTimeoutOverLimit;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleSettings;
import dev.gal.model.GalConfig;

/**
 * The longest integration timeout gal export writes for a route: the bound
 * AWS-INT-013 checks, with the quota the user configured for it, so that the
 * export and the finding about a longer timeout agree.
 */
public final class ExportTimeoutLimit {
  private ExportTimeoutLimit() {}

  public static long of(GalConfig config, RuleRegistry registry, RuleSettings settings) {
    return registry.find(RouteTimeoutOverLimit.ID)
        .map(rule -> IntegrationTimeoutLimit.maxMs(config, settings.optionsFor(rule)))
        .orElse(OpenApiGenerator.DEFAULT_MAX_TIMEOUT_MS);
  }
}
