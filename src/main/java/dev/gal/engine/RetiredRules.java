package dev.gal.engine;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Ids of rules that were removed, with the reason. An id is never given to
 * another check: suppressions, baselines and lint configs that name it must
 * not start to mean something else.
 */
public final class RetiredRules {
  /** Retired id: what the rule was and why it went. */
  public static final SortedMap<String, String> ALL = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      "AWS-AUTH-007", "cognito-pools-in-several-regions claimed that one Cognito authorizer cannot combine user pools "
          + "of several regions; the API Gateway Developer Guide says no such thing, and lets an authorizer use a user "
          + "pool of any account and region")));

  private RetiredRules() {}
}
