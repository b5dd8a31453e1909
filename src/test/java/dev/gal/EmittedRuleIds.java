package dev.gal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.cli.Main;
import dev.gal.engine.RuleRegistry;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The choke point that every in-process run of the test suite passes
 * (TestSupport.cli and TestSupport.lint): it takes the rule id of each finding
 * the run emitted and fails the run when `gal rules --format json`, given the
 * same rule packs, plugins and lint config, does not list it. So a test that
 * makes gal emit an undocumented id fails, whatever it was testing.
 */
public final class EmittedRuleIds {
  /** Where each output format puts a finding's rule id: text, json and sarif, github, junit. */
  private static final List<Pattern> FINDING_ID_FIELDS = List.of(
      Pattern.compile("(?m)^\\S.*?:\\d+:\\d+: (?:error|warning|info) (\\S+) "),
      Pattern.compile("\"ruleId\"\\s*:\\s*\"([^\"]+)\""),
      Pattern.compile("(?m)^::\\w+ .*?,title=(\\S+) "),
      Pattern.compile("<testcase classname=\"[^\"]*\" name=\"(\\S+) [^\"]*:\\d+:\\d+\""));
  /** The options that add rules, so that a run's own packs and plugins count as listed. */
  private static final Set<String> RULE_SOURCE_OPTIONS = Set.of("--config", "--rules", "--plugin");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<List<String>, Set<String>> LISTED = new ConcurrentHashMap<>();

  private EmittedRuleIds() {}

  /** Checks the findings of one CLI run, in whatever format it wrote them. */
  static void check(String[] args, TestSupport.Run run) {
    check(ids(run.stdout() + "\n" + run.stderr()), listed(ruleSources(args))::contains, "gal " + String.join(" ", args));
  }

  /** Checks the findings of a direct engine run; the registry's packs and plugins count as listed. */
  public static void check(Collection<Finding> findings, RuleRegistry registry) {
    Set<String> builtIn = listed(List.of());
    check(findings.stream().map(f -> f.rule().id()).toList(),
        id -> builtIn.contains(id) || !registry.source(id).startsWith(RuleRegistry.BUILT_IN),
        "a direct run with " + registry.entries().size() + " rules");
  }

  /** The rule ids of the findings in a run's output. */
  static List<String> ids(String output) {
    List<String> ids = new ArrayList<>();
    for (Pattern field : FINDING_ID_FIELDS) {
      Matcher m = field.matcher(output);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  private static void check(Collection<String> ids, Predicate<String> listed, String run) {
    Set<String> unlisted = new TreeSet<>(ids.stream().filter(listed.negate()).toList());
    if (!unlisted.isEmpty()) {
      throw new AssertionError("%s emitted rule ids that 'gal rules --format json' does not list: %s".formatted(run, unlisted));
    }
  }

  /** The ids `gal rules --format json` lists with these rule-source options; the built-in list if they fail to load. */
  static Set<String> listed(List<String> sources) {
    Set<String> ids = LISTED.computeIfAbsent(sources, EmittedRuleIds::runRules);
    return ids.isEmpty() && !sources.isEmpty() ? listed(List.of()) : ids;
  }

  private static Set<String> runRules(List<String> sources) {
    List<String> args = new ArrayList<>(List.of("rules", "--format", "json"));
    args.addAll(sources);
    StringWriter out = new StringWriter();
    if (Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter())) != 0) {
      return Set.of();
    }
    try {
      Set<String> ids = new TreeSet<>();
      JSON.readTree(out.toString()).forEach(rule -> ids.add(rule.path("id").asText()));
      return Set.copyOf(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> ruleSources(String[] args) {
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
      if (!RULE_SOURCE_OPTIONS.contains(option)) {
        continue;
      }
      sources.add(args[i]);
      if (option.equals(args[i]) && i + 1 < args.length) {
        sources.add(args[++i]);
      }
    }
    return sources;
  }
}
