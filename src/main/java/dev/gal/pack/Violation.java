package dev.gal.pack;

import dev.gal.model.JsonPointer;
import dev.gal.rule.Fix;
import java.util.Map;

/**
 * What a pack function found: where, whether to point at the key, the values
 * the message template may use, and the fix, if the function has one (else null).
 */
record Violation(JsonPointer pointer, boolean atKey, Map<String, String> values, Fix fix) {
  Violation(JsonPointer pointer, boolean atKey, Map<String, String> values) {
    this(pointer, atKey, values, null);
  }
}
