package dev.gal.rule;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The metadata of one rule or stage diagnostic, as reports and docs see it,
 * whether it comes from a Java class, a pack or a plugin. checksGenerated
 * matters only to OpenAPI rules: whether they also run on the document gal
 * export generates from a GAL config.
 */
public record RuleMeta(
    String id,
    String name,
    String summary,
    String description,
    Severity severity,
    Category category,
    String reference,
    String since,
    AppliesTo appliesTo,
    List<OptionMeta> options,
    String quote,
    FixKind fix,
    boolean checksGenerated) {

  public static final Pattern ID_PATTERN = Pattern.compile("(GAL|AWS)-[A-Z]+-\\d{3}");
  public static final Pattern NAME_PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleMeta {
    Objects.requireNonNull(id);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(category);
    Objects.requireNonNull(appliesTo);
    options = List.copyOf(options);
    checkOptions(id, options);
    quote = quote == null ? "" : quote;
    fix = fix == null ? FixKind.NONE : fix;
  }

  /** Refuses options declared so that no value could be checked against them, or declared twice. */
  private static void checkOptions(String id, List<OptionMeta> options) {
    Set<String> names = new HashSet<>();
    for (OptionMeta option : options) {
      if (!names.add(option.name())) {
        throw new IllegalArgumentException("%s declares the option %s twice".formatted(id, option.name()));
      }
      option.declarationProblem().ifPresent(problem -> {
        throw new IllegalArgumentException("%s.%s: %s".formatted(id, option.name(), problem));
      });
    }
  }

  /** The option of this name, if the rule declares one. */
  public Optional<OptionMeta> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** Metadata of a rule that offers no fix and, if it checks OpenAPI documents, checks generated ones too. */
  public RuleMeta(String id, String name, String summary, String description, Severity severity,
      Category category, String reference, String since, AppliesTo appliesTo, List<OptionMeta> options, String quote) {
    this(id, name, summary, description, severity, category, reference, since, appliesTo, options, quote, FixKind.NONE, true);
  }

  /** Metadata whose source gives no sentence to quote. */
  public RuleMeta(String id, String name, String summary, String description, Severity severity,
      Category category, String reference, String since, AppliesTo appliesTo, List<OptionMeta> options) {
    this(id, name, summary, description, severity, category, reference, since, appliesTo, options, "", FixKind.NONE, true);
  }

  /** Metadata without options, as stage diagnostics and most rules have. */
  public RuleMeta(String id, String name, String summary, String description, Severity severity,
      Category category, String reference, String since) {
    this(id, name, summary, description, severity, category, reference, since, AppliesTo.AWS_CONFIG, List.of());
  }

  /** The same metadata for a rule whose findings may carry a fix of this kind. */
  public RuleMeta withFix(FixKind kind) {
    return new RuleMeta(id, name, summary, description, severity, category, reference, since, appliesTo, options, quote, kind,
        checksGenerated);
  }

  /** The same metadata for an OpenAPI rule that does or does not check the document gal export generates. */
  public RuleMeta withChecksGenerated(boolean checks) {
    return new RuleMeta(id, name, summary, description, severity, category, reference, since, appliesTo, options, quote, fix, checks);
  }

  /**
   * The metadata of an annotated rule class: for gal's own, as the build recorded it (see
   * {@link BuiltInRuleMeta}). The class's interface says
   * which documents it checks: an {@link OpenApiRule} checks OpenAPI documents,
   * so its annotation need not repeat it.
   */
  public static RuleMeta of(Class<?> ruleClass) {
    return BuiltInRuleMeta.find(ruleClass).orElseGet(() -> fromAnnotation(ruleClass));
  }

  /** The metadata as the class's annotation declares it, read by reflection. */
  public static RuleMeta fromAnnotation(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @RuleInfo");
    }
    boolean openApi = OpenApiRule.class.isAssignableFrom(ruleClass);
    List<OptionMeta> options = Arrays.stream(info.options()).map(OptionMeta::of).toList();
    return new RuleMeta(info.id(), info.name(), info.summary(), info.description(), info.severity(), info.category(),
        info.reference(), info.since(), openApi ? AppliesTo.OPENAPI : info.appliesTo(), options, info.quote(), info.fix(),
        info.checksGenerated());
  }
}
