package dev.gal.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An option a rule accepts, with its default; set with --rule-option ID.name=value
 * or in a lint config. Values outside what the option declares are refused
 * before any file is linted, so a rule can trust the values it reads.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {
  String name();

  /** The default; when it is a whole number, the option takes whole numbers. */
  String defaultValue();

  String description();

  /** The smallest whole number accepted. */
  long min() default Long.MIN_VALUE;

  /** The largest whole number accepted. */
  long max() default Long.MAX_VALUE;

  /** The accepted text values; none means any text. */
  String[] values() default {};
}
