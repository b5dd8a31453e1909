package dev.gal.rule;

import dev.gal.model.ClosestMatch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves a rule id or name as a user typed it (on the command line, in a
 * lint config, in a suppression), and says which rule a typo most likely meant.
 */
public final class RuleRefs {
  /** A rule id as people type it: letters and dashes, then a number, perhaps without its leading zeros. */
  private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*-0*(\\d+)");

  private RuleRefs() {}

  public static Optional<RuleMeta> find(Collection<RuleMeta> rules, String ref) {
    return rules.stream().filter(m -> m.id().equals(ref) || m.name().equals(ref)).findFirst();
  }

  /** Why ref names no rule, with the rule it most likely meant: "no rule 'X'; did you mean 'Y'?". */
  public static String unknown(Collection<RuleMeta> rules, String ref) {
    return "no rule '%s'; %s".formatted(ref, suggestion(rules, ref)
        .map(s -> "did you mean '%s'?".formatted(s)).orElse("'gal rules' lists them"));
  }

  /**
   * The id or name that ref most likely meant: one that differs only in case,
   * else the closest by edit distance. AWS-INT-009 is a different rule from
   * AWS-INT-999, not a typo of it, so a ref shaped like an id is only compared
   * with the ids of the same number (AWS-INT-01 and AWS-ITN-001 mean AWS-INT-001).
   */
  static Optional<String> suggestion(Collection<RuleMeta> rules, String ref) {
    Optional<String> otherCase = rules.stream().flatMap(m -> Stream.of(m.id(), m.name()))
        .filter(s -> s.equalsIgnoreCase(ref)).findFirst();
    if (otherCase.isPresent()) {
      return otherCase;
    }
    Optional<String> number = number(ref);
    List<String> candidates = number.isPresent()
        ? rules.stream().map(RuleMeta::id).filter(id -> number(id).equals(number)).toList()
        : rules.stream().flatMap(m -> Stream.of(m.id(), m.name())).toList();
    return ClosestMatch.among(ref, candidates);
  }

  /** The number of an id-shaped ref without leading zeros, or empty for a name. */
  private static Optional<String> number(String ref) {
    Matcher id = ID_SHAPE.matcher(ref);
    return id.matches() ? Optional.of(id.group(1)) : Optional.empty();
  }
}
