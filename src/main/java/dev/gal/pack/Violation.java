package dev.gal.pack;

import dev.gal.model.JsonPointer;
import java.util.Map;

/**
 * What a pack function found: where, whether to point at the key, and the
 * values the message template may use.
 */
record Violation(JsonPointer pointer, boolean atKey, Map<String, String> values) {}
