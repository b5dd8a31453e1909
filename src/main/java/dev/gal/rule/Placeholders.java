package dev.gal.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template placeholders such as ${lambda_uri}, ${AWS::Region} or {{resolve:...}}
 * that Terraform and CloudFormation fill in later: a value holding one is
 * unknown, never malformed.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|\\{\\{[^}]*}}|%\\{[^}]*}");
  private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.[A-Za-z0-9_]+}");

  private Placeholders() {}

  public static boolean templated(String value) {
    return mayHold(value) && PLACEHOLDER.matcher(value).find();
  }

  /**
   * Whether the value holds a placeholder other than a stage variable
   * reference: API Gateway fills stage variables in itself, and only where the
   * stage variables reference allows them, so those are checked as usual.
   */
  public static boolean unknown(String value) {
    if (!mayHold(value)) {
      return false;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      if (!STAGE_VARIABLE.matcher(m.group()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whole value is one placeholder, e.g. ${LambdaFunction.Arn}. */
  public static boolean whole(String value) {
    return mayHold(value) && PLACEHOLDER.matcher(value).matches();
  }

  /**
   * Whether the value has ${, {{ or %{, with which every placeholder starts. Rules ask about every value of
   * large documents, and almost none holds a placeholder: scanning for the brace costs a fraction of a match.
   */
  private static boolean mayHold(String value) {
    for (int brace = value.indexOf('{', 1); brace > 0; brace = value.indexOf('{', brace + 1)) {
      char before = value.charAt(brace - 1);
      if (before == '$' || before == '{' || before == '%') {
        return true;
      }
    }
    return false;
  }

  /** The value with every placeholder, stage variable references too, replaced by {@code standIn}. */
  public static String replaceAll(String value, String standIn) {
    return PLACEHOLDER.matcher(value).replaceAll(Matcher.quoteReplacement(standIn));
  }

  /** The value with every placeholder other than a stage variable reference replaced by {@code standIn}. */
  public static String replaceUnknown(String value, String standIn) {
    return PLACEHOLDER.matcher(value).replaceAll(m -> STAGE_VARIABLE.matcher(m.group()).matches()
        ? Matcher.quoteReplacement(m.group()) : Matcher.quoteReplacement(standIn));
  }

  /**
   * Splits at {@code separator} outside placeholders, into at most {@code limit}
   * parts, so that arn:${AWS::Partition}:lambda:... keeps ${AWS::Partition} whole.
   */
  public static String[] split(String value, char separator, int limit) {
    List<String> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(value);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    int start = 0;
    int span = 0;
    for (int i = 0; i < value.length() && parts.size() < limit - 1; i++) {
      while (span < spans.size() && spans.get(span)[1] <= i) {
        span++;
      }
      boolean inside = span < spans.size() && spans.get(span)[0] <= i;
      if (!inside && value.charAt(i) == separator) {
        parts.add(value.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(value.substring(start));
    return parts.toArray(String[]::new);
  }
}
