package dev.gal.rule;

import dev.gal.model.JsonPointer;
import dev.gal.model.SourceRange;
import java.util.Comparator;

/**
 * One problem at one place in one file. The pointer is null where there is no
 * tree to point into, such as a syntax error.
 */
public record Finding(RuleMeta rule, Severity severity, String message, SourceRange range, JsonPointer pointer) {
  public static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::range)
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::message);

  public static Finding of(RuleMeta rule, String message, SourceRange range, JsonPointer pointer) {
    return new Finding(rule, rule.severity(), message, range, pointer);
  }

  public String pointerText() {
    return pointer == null ? null : pointer.toString();
  }
}
