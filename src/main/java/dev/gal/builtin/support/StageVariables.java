package dev.gal.builtin.support;

import java.util.regex.Pattern;

/**
 * References to stage variables, ${stageVariables.NAME}, which API Gateway
 * fills in per stage. The stage variables reference allows them in parts of
 * HTTP integration URLs, Lambda function names and credential ARNs; a check
 * replaces each reference with a stand-in that is valid where it stands, so
 * that the rest of the value is still checked.
 */
public final class StageVariables {
  /** Stage variable names are letters, digits and underscores. */
  public static final String REFERENCE = "\\$\\{stageVariables\\.[A-Za-z0-9_]+}";
  private static final Pattern ANY_REFERENCE = Pattern.compile(REFERENCE);

  private StageVariables() {}

  public static boolean references(String text) {
    return ANY_REFERENCE.matcher(text).find();
  }

  /** The text with every reference replaced by {@code standIn}. */
  public static String replaced(String text, String standIn) {
    return ANY_REFERENCE.matcher(text).replaceAll(standIn);
  }
}
