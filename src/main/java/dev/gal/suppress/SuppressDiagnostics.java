package dev.gal.suppress;

import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;

/** Findings about suppressions themselves. */
public final class SuppressDiagnostics {
  private static final String DOCS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-basic-concept.html";

  public static final RuleMeta NO_REASON = new RuleMeta("GAL-SUPPRESS-001", "suppression-without-reason",
      "A gal-lint-disable directive gives no reason",
      "Every suppression needs a reason after ' -- ', as ESLint's --require-description asks, so that "
          + "reviewers and code scanning can see why a finding is acceptable: "
          + "'# gal-lint-disable-next-line AWS-INT-001 -- the account quota is raised'. The directive "
          + "still suppresses; add the reason.",
      Severity.WARNING, Category.OPERATIONS, DOCS, "0.1.0", AppliesTo.ANY_CONFIG, List.of());
  public static final RuleMeta UNUSED = new RuleMeta("GAL-SUPPRESS-002", "unused-suppression",
      "A suppression that suppresses nothing",
      "A gal-lint-disable directive or x-gal-lint-ignore entry names a rule that reports nothing where "
          + "it applies, so it only hides future problems (ruff's RUF100). Remove it, or fix the rule id.",
      Severity.WARNING, Category.OPERATIONS, DOCS, "0.1.0", AppliesTo.ANY_CONFIG, List.of());

  public static final List<RuleMeta> ALL = List.of(NO_REASON, UNUSED);

  private SuppressDiagnostics() {}
}
