package dev.gal.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The one source of a rule's metadata; docs and SARIF are generated from it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id, never changed once released, e.g. AWS-INT-001. */
  String id();

  /** Kebab-case name, usable wherever an id is. */
  String name();

  /** One line: what the rule finds. */
  String summary();

  /** A paragraph: why it matters and how to fix it. */
  String description();

  Severity severity();

  Category category();

  /**
   * The page that states the fact the rule relies on: for an AWS-* rule, the
   * page of the API Gateway Developer Guide its {@link #quote} comes from.
   * Reports link to it as the rule's help.
   */
  String reference();

  /**
   * The sentence of that page the rule rests on, word for word, so that a
   * reader can check the claim without trusting the rule. Every AWS-* rule
   * has one; GAL-* diagnostics rest on the GAL format and YAML, not on AWS.
   */
  String quote() default "";

  String since() default "0.1.0";

  /**
   * Which GAL configs a {@link GalConfigRule} applies to: AWS_CONFIG or
   * ANY_CONFIG. An {@link OpenApiRule} leaves it out: its interface says it
   * checks OpenAPI documents.
   */
  AppliesTo appliesTo() default AppliesTo.AWS_CONFIG;

  /**
   * For OpenAPI rules: whether to run on the document generated from a GAL
   * config too. False where a GAL rule already checks the same fact, with the
   * same options, at the GAL line.
   */
  boolean checksGenerated() default true;

  /**
   * Whether the rule's findings may carry a fix, and whether applying it keeps
   * what the config does (safe) or changes it (unsafe, applied only with
   * --unsafe-fixes). A rule reports a fix through {@link RuleContext}.
   */
  FixKind fix() default FixKind.NONE;

  /** Options the rule accepts, each with a default. */
  RuleOption[] options() default {};
}
