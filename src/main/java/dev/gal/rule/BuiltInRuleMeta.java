package dev.gal.rule;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The metadata of gal's own rule classes as the build read it from their {@link RuleInfo}
 * annotations, so that start-up does not: reading an annotation makes the JDK generate a
 * proxy class and parse the annotation's bytes, about 20 ms for the 117 Java rules of a
 * short run. The build (dev.gal.build.RuleMetaSource, in Maven's compile phase) writes it
 * as Java source and compiles it, since a class's string constants are decoded by the JVM
 * itself, not by interpreted code: a binary file of the same metadata took 12 ms to read.
 * Without that class the annotations are read as before. An IDE that compiles rule classes
 * without Maven keeps the class of the last Maven build: let it delegate builds to Maven.
 */
public final class BuiltInRuleMeta {
  /** The class the build generates, which supplies the metadata by rule class name. */
  public static final String GENERATED_CLASS = "dev.gal.rule.BuiltInRuleMetaData";

  private BuiltInRuleMeta() {}

  /** The metadata the build recorded for a class of gal's own, if it recorded any. */
  static Optional<RuleMeta> find(Class<?> ruleClass) {
    if (ruleClass.getClassLoader() != BuiltInRuleMeta.class.getClassLoader()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Recorded.BY_CLASS.get(ruleClass.getName()));
  }

  private static final class Recorded {
    static final Map<String, RuleMeta> BY_CLASS = read();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, RuleMeta> read() {
    try {
      Class<?> generated = Class.forName(GENERATED_CLASS, true, BuiltInRuleMeta.class.getClassLoader());
      return ((Supplier<Map<String, RuleMeta>>) generated.getDeclaredConstructor().newInstance()).get();
    } catch (ClassNotFoundException e) {
      return Map.of();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the jar's " + GENERATED_CLASS + " cannot be used; rebuild gal", e);
    }
  }
}
