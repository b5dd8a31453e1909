package dev.gal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gal.model.GalConfig;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OptionMeta;
import dev.gal.rule.OptionType;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An option declared sameAs another rule's follows the user's value for that one, unless set itself. */
class RuleSettingsTest {
  private static final RuleMeta FOLLOWER = RuleRegistry.builtIn().find("AWS-INT-013").orElseThrow();

  @Test
  void defaultWhenNothingIsSet() {
    assertEquals(29_000, RuleSettings.DEFAULTS.optionsFor(FOLLOWER).integer("max_timeout_ms"));
  }

  @Test
  void followsTheOptionItIsTheSameAs() {
    RuleSettings settings = new RuleSettings(Map.of("AWS-INT-001", Map.of("max_timeout_ms", "60000")));
    assertEquals(60_000, settings.optionsFor(FOLLOWER).integer("max_timeout_ms"));
  }

  @Test
  void itsOwnValueWins() {
    RuleSettings settings = new RuleSettings(Map.of("AWS-INT-001", Map.of("max_timeout_ms", "60000"),
        "AWS-INT-013", Map.of("max_timeout_ms", "45000")));
    assertEquals(45_000, settings.optionsFor(FOLLOWER).integer("max_timeout_ms"));
  }

  /** The user's value is checked against the option it is set for, so one that follows it must take the same values. */
  @Test
  void anOptionFollowingOneDeclaredOtherwiseOrNoneIsNotRegistered() {
    RuleRegistry builtIn = RuleRegistry.builtIn();
    IllegalArgumentException narrower = assertThrows(IllegalArgumentException.class,
        () -> builtIn.plus(List.of(following("AWS-INT-001.max_timeout_ms", 29_000, 60_000)), "test"));
    assertEquals("GAL-TST-001.quota is sameAs AWS-INT-001.max_timeout_ms, which is declared with another type, default, "
        + "range or values", narrower.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> builtIn.plus(List.of(following("AWS-INT-001.max_timout_ms", 29_000, 300_000)), "test"));
    assertEquals("GAL-TST-001.quota is sameAs AWS-INT-001.max_timout_ms, which no rule declares", missing.getMessage());
    assertEquals(1, builtIn.plus(List.of(following("AWS-INT-001.max_timeout_ms", 29_000, 300_000)), "test")
        .entries().stream().filter(e -> e.meta().id().equals("GAL-TST-001")).count());
  }

  private static GalConfigRule following(String sameAs, long min, long max) {
    RuleMeta meta = new RuleMeta("GAL-TST-001", "test-follower", "s", "d", Severity.WARNING, Category.INTEGRATION, "", "0.1",
        AppliesTo.AWS_CONFIG, List.of(new OptionMeta("quota", OptionType.INTEGER, "29000", "d", min, max, List.of(), sameAs)));
    return new GalConfigRule() {
      @Override
      public RuleMeta meta() {
        return meta;
      }

      @Override
      public void check(GalConfig config, RuleContext context) {}
    };
  }
}
