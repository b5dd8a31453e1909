package dev.gal.rule;

import dev.gal.model.JsonPointer;
import dev.gal.model.SourceRange;
import java.util.Comparator;

/**
 * One problem at one place in one file. The pointer is null where there is no
 * tree to point into, such as a syntax error. The fingerprint hashes the
 * offending value (not its line), for baselines; the engine fills it in. The
 * fix, when the rule offers one the engine could locate, holds its text edits;
 * otherwise it is null.
 */
public record Finding(RuleMeta rule, Severity severity, String message, SourceRange range, JsonPointer pointer,
    String fingerprint, Fix fix) {
  public static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::range)
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::message);

  public Finding(RuleMeta rule, Severity severity, String message, SourceRange range, JsonPointer pointer, String fingerprint) {
    this(rule, severity, message, range, pointer, fingerprint, null);
  }

  public static Finding of(RuleMeta rule, String message, SourceRange range, JsonPointer pointer) {
    return new Finding(rule, rule.severity(), message, range, pointer, null, null);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, range, pointer, fingerprint, fix);
  }

  public Finding withFingerprint(String newFingerprint) {
    return new Finding(rule, severity, message, range, pointer, newFingerprint, fix);
  }

  public Finding withFix(Fix located) {
    return new Finding(rule, severity, message, range, pointer, fingerprint, located);
  }

  public String pointerText() {
    return pointer == null ? null : pointer.toString();
  }
}
