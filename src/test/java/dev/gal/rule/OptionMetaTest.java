package dev.gal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An option's type is declared, values are checked against it, and a declaration that contradicts itself is refused. */
class OptionMetaTest {
  private static final long NONE_BELOW = Long.MIN_VALUE;
  private static final long NONE_ABOVE = Long.MAX_VALUE;

  private static OptionMeta option(OptionType type, String defaultValue, long min, long max, String... values) {
    return new OptionMeta("limit", type, defaultValue, "d", min, max, List.of(values), "");
  }

  private static RuleMeta rule(OptionMeta... options) {
    return new RuleMeta("GAL-TST-001", "test-rule", "s", "d", Severity.WARNING, Category.PATHS, "", "0.1",
        AppliesTo.ANY_CONFIG, List.of(options));
  }

  @Test
  void eachTypeAcceptsItsOwnValues() {
    OptionMeta integer = option(OptionType.INTEGER, "5", 1, 10);
    assertTrue(integer.accepts("10"));
    assertTrue(integer.accepts(" 1 "));
    assertFalse(integer.accepts("11"));
    assertFalse(integer.accepts("5.0"));
    assertFalse(integer.accepts("five"));
    OptionMeta choice = option(OptionType.ENUM, "a", NONE_BELOW, NONE_ABOVE, "a", "b");
    assertTrue(choice.accepts("b"));
    assertFalse(choice.accepts("B"));
    // A text option whose default looks like a number takes text all the same: its type says so, not its default.
    OptionMeta text = option(OptionType.STRING, "300", NONE_BELOW, NONE_ABOVE);
    assertTrue(text.accepts("three hundred"));
    assertEquals("any text", text.accepted());
  }

  @Test
  void whatAnOptionAcceptsIsSaidInWords() {
    assertEquals("a whole number from 1 to 10", option(OptionType.INTEGER, "5", 1, 10).accepted());
    assertEquals("a whole number of at least 1", option(OptionType.INTEGER, "5", 1, NONE_ABOVE).accepted());
    assertEquals("a whole number of at most 10", option(OptionType.INTEGER, "5", NONE_BELOW, 10).accepted());
    assertEquals("one of a, b", option(OptionType.ENUM, "a", NONE_BELOW, NONE_ABOVE, "a", "b").accepted());
  }

  @Test
  void aDeclarationThatContradictsItselfSaysHow() {
    assertEquals(Optional.of("its default '12' is not a whole number from 29000 to 300000"),
        option(OptionType.INTEGER, "12", 29_000, 300_000).declarationProblem());
    assertEquals(Optional.of("its default 'ten' is not a whole number of at least 1"),
        option(OptionType.INTEGER, "ten", 1, NONE_ABOVE).declarationProblem());
    assertEquals(Optional.of("its default 'c' is not one of a, b"),
        option(OptionType.ENUM, "c", NONE_BELOW, NONE_ABOVE, "a", "b").declarationProblem());
    assertEquals(Optional.of("an enum option lists its values"), option(OptionType.ENUM, "a", NONE_BELOW, NONE_ABOVE).declarationProblem());
    assertEquals(Optional.of("only an enum option lists values"),
        option(OptionType.STRING, "a", NONE_BELOW, NONE_ABOVE, "a", "b").declarationProblem());
    assertEquals(Optional.of("only an integer option has min or max"), option(OptionType.STRING, "5", 1, NONE_ABOVE).declarationProblem());
    assertEquals(Optional.of("min 10 is above max 1"), option(OptionType.INTEGER, "5", 10, 1).declarationProblem());
    assertEquals(Optional.of("sameAs 'limit' is not ID.name"),
        new OptionMeta("limit", OptionType.STRING, "a", "d", NONE_BELOW, NONE_ABOVE, List.of(), "limit").declarationProblem());
    assertEquals(Optional.empty(), option(OptionType.INTEGER, "5", 1, 10).declarationProblem());
  }

  @Test
  void aRuleWithSuchAnOptionIsNotMade() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> rule(option(OptionType.INTEGER, "0", 1, 10)));
    assertEquals("GAL-TST-001.limit: its default '0' is not a whole number from 1 to 10", bad.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> rule(option(OptionType.INTEGER, "5", 1, 10), option(OptionType.STRING, "x", NONE_BELOW, NONE_ABOVE)));
    assertEquals("GAL-TST-001 declares the option limit twice", twice.getMessage());
  }

  @RuleInfo(id = "GAL-TST-002", name = "annotated-with-a-bad-default", summary = "s", description = "d", severity = Severity.WARNING,
      category = Category.PATHS, reference = "", since = "0.1",
      options = @RuleOption(name = "mode", type = OptionType.ENUM, values = {"strict", "lax"}, defaultValue = "loose", description = "d"))
  private static final class BadDefault {}

  @Test
  void anAnnotatedRuleIsCheckedAsItsMetadataIsRead() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> RuleMeta.of(BadDefault.class));
    assertEquals("GAL-TST-002.mode: its default 'loose' is not one of strict, lax", bad.getMessage());
  }

  @Test
  void onlyAnIntegerOptionIsReadAsANumber() {
    RuleMeta rule = rule(option(OptionType.ENUM, "1", NONE_BELOW, NONE_ABOVE, "1", "2"));
    RuleOptions options = new RuleOptions(rule, Map.of("limit", "2"));
    assertEquals("2", options.string("limit"));
    IllegalArgumentException misread = assertThrows(IllegalArgumentException.class, () -> options.integer("limit"));
    assertEquals("GAL-TST-001 reads its option limit as an integer, but declares it enum", misread.getMessage());
  }
}
