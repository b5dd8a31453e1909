package dev.gal.rule;

import java.util.regex.Pattern;

/**
 * Template placeholders such as ${lambda_uri}, ${AWS::Region} or {{resolve:...}}
 * that Terraform and CloudFormation fill in later: a value holding one is
 * unknown, never malformed.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|\\{\\{[^}]*}}|%\\{[^}]*}");

  private Placeholders() {}

  public static boolean templated(String value) {
    return PLACEHOLDER.matcher(value).find();
  }
}
