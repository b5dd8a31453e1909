package dev.gal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** The hand-made shortcut gives the core schema's resolver's tag for every kind of plain scalar. */
class YamlScalarsTest {
  @Test
  void theShortcutAgreesWithTheCoreSchema() {
    var resolver = new CoreSchema().getScalarResolver();
    for (String text : List.of("", "~", "null", "Null", "NULL", "nul", "true", "True", "TRUE", "tRUE", "false", "False", "f",
        "0", "007", "-1", "+1", "0x1F", "0o17", "1_000", "1.5", "-.5", "1e3", "1E-3", ".inf", "-.Inf", ".nan", ".NaN", "1.2.3",
        "abc", "k123", "Tuesday", "nothing", "false-ish", "- x", "#x", "'q'", "https://example.com", "123abc", "12 34")) {
      assertEquals(resolver.resolve(text, true), YamlScalars.resolve(text), text);
    }
  }
}
