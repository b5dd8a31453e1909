package dev.gal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.AppliesTo;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.OpenApiRule;
import dev.gal.rule.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The registry lists the built-in rules by hand, so that start-up scans
 * nothing; this test scans instead, so that a rule class nobody registered
 * fails the build rather than silently never running.
 */
class RuleRegistrationTest {
  private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();

  @Test
  void everyAnnotatedRuleClassIsRegistered() {
    Set<String> annotated = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.gal.builtin").stream()
        .filter(c -> c.isAnnotatedWith(RuleInfo.class))
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> registered = REGISTRY.entries().stream()
        .map(e -> e.rule().getClass().getName())
        .filter(name -> name.startsWith("dev.gal.builtin."))
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(annotated.size() > 50, "the scan found the rule classes: " + annotated.size());
    assertEquals(annotated, registered, "rule classes with @RuleInfo and the rules in RuleRegistry");
  }

  @Test
  void eachRuleChecksOneKindOfDocumentAndItsMetadataSaysWhich() {
    for (RuleRegistry.Entry entry : REGISTRY.entries()) {
      boolean gal = entry.rule() instanceof GalConfigRule;
      boolean openApi = entry.rule() instanceof OpenApiRule;
      assertTrue(gal ^ openApi, entry.meta().id() + " is a GAL config rule or an OpenAPI rule, not both");
      if (openApi) {
        assertEquals(AppliesTo.OPENAPI, entry.meta().appliesTo(), entry.meta().id());
      } else {
        assertNotEquals(AppliesTo.OPENAPI, entry.meta().appliesTo(), entry.meta().id());
        assertTrue(entry.meta().checksGenerated(), entry.meta().id() + ": checksGenerated is for OpenAPI rules only");
      }
    }
    List<String> skipGenerated = REGISTRY.entries().stream().filter(e -> !e.meta().checksGenerated())
        .map(e -> e.meta().id()).toList();
    assertEquals(List.of("AWS-OAS-006"), skipGenerated, "OpenAPI rules that leave the generated document to a GAL rule");
  }
}
