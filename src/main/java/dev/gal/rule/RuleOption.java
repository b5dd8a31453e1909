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
}
