package dev.gal.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/** The metadata of one rule or stage diagnostic, as reports and docs see it. */
public record RuleMeta(
    String id,
    String name,
    String summary,
    String description,
    Severity severity,
    Category category,
    String docs,
    String since) {

  public static final Pattern ID_PATTERN = Pattern.compile("(GAL|AWS)-[A-Z]+-\\d{3}");
  public static final Pattern NAME_PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleMeta {
    Objects.requireNonNull(id);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(category);
  }

  public static RuleMeta of(RuleInfo info) {
    return new RuleMeta(info.id(), info.name(), info.summary(), info.description(),
        info.severity(), info.category(), info.docs(), info.since());
  }

  /** Reads the metadata of an annotated rule class. */
  public static RuleMeta of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
    }
    return of(info);
  }
}
