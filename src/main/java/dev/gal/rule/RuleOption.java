package dev.gal.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An option a rule accepts, with its default; set with --rule-option ID.name=value or in a lint config. Values are
 * checked against the type (and range or values) before any file is linted, and the declaration itself, default
 * included, when the rule is registered.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {
  String name();

  /** Text unless declared otherwise: an INTEGER option may set min and max, an ENUM option must list its values. */
  OptionType type() default OptionType.STRING;

  String defaultValue();

  String description();

  /** The smallest whole number an INTEGER option accepts. */
  long min() default Long.MIN_VALUE;

  /** The largest whole number an INTEGER option accepts. */
  long max() default Long.MAX_VALUE;

  /** The values an ENUM option accepts. */
  String[] values() default {};

  /**
   * Another rule's option, ID.name, whose value the user set this option
   * takes unless the user sets this one: one account setting (a raised
   * quota) then serves every rule that checks against it. Both must be
   * declared alike.
   */
  String sameAs() default "";
}
