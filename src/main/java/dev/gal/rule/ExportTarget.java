package dev.gal.rule;

import java.util.Locale;

/**
 * What gal export writes for a GAL config: the OpenAPI document that
 * import-rest-api reads, or a CloudFormation template that holds it and
 * carries more (the stage's method throttling among them). A rule that
 * reports settings the export drops declares an option of the name
 * {@link #OPTION}, so that it stays quiet about what the chosen target
 * carries; gal lint --target and gal export --target set it.
 */
public enum ExportTarget {
  OPENAPI,
  CLOUDFORMATION;

  /** The rule option that names the target. */
  public static final String OPTION = "target";

  /** The target a rule runs for: its option, or openapi for a rule that declares none. */
  public static ExportTarget of(RuleContext context) {
    return context.options().declares(OPTION) ? parse(context.options().string(OPTION)) : OPENAPI;
  }

  public static ExportTarget parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /** The name users write: openapi or cloudformation. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
