package dev.gal.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An option a rule accepts, with its default; set with --rule-option ID.name=value. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {
  String name();

  String defaultValue();

  String description();

  /** The smallest whole number accepted. */
  long min() default Long.MIN_VALUE;

  /** The largest whole number accepted. */
  long max() default Long.MAX_VALUE;

  /** The accepted text values; none means any text. */
  String[] values() default {};

  /**
   * Another rule's option, ID.name, whose value the user set this option
   * takes unless the user sets this one: one account setting (a raised
   * quota) then serves every rule that checks against it.
   */
  String sameAs() default "";
}
