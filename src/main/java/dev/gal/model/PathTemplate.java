package dev.gal.model;

import java.util.ArrayList;
import java.util.List;

/** An API Gateway resource path split into segments, as the path rules read it. */
public record PathTemplate(String text, List<String> segments) {
  public static PathTemplate parse(String text) {
    String body = text.startsWith("/") ? text.substring(1) : text;
    List<String> segments = new ArrayList<>();
    if (!body.isEmpty()) {
      for (String s : body.split("/", -1)) {
        segments.add(s);
      }
    }
    return new PathTemplate(text, List.copyOf(segments));
  }

  public static boolean isVariable(String segment) {
    return segment.length() >= 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  public static boolean isGreedy(String segment) {
    return isVariable(segment) && segment.endsWith("+}");
  }

  /** The variable's name without braces and plus sign. */
  public static String variableName(String segment) {
    String inner = segment.substring(1, segment.length() - 1);
    return inner.endsWith("+") ? inner.substring(0, inner.length() - 1) : inner;
  }

  /**
   * The resource as API Gateway sees it: every variable becomes {} (or {+}),
   * since sibling resources that differ only in variable names collide.
   */
  public String shape() {
    StringBuilder sb = new StringBuilder();
    for (String segment : segments) {
      sb.append('/').append(isVariable(segment) ? (isGreedy(segment) ? "{+}" : "{}") : segment);
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }
}
