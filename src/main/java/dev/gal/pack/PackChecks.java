package dev.gal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.rule.RuleMeta;
import dev.gal.schema.SettingsProblems;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the pack schema cannot check: that each regex compiles, that rule ids
 * and names are unique in the pack and among the rules gal already has, and
 * that each selector's alias exists for the documents the rule checks.
 * It runs on packs that break the schema as well, looking only at values of
 * the right type, so that one run reports every problem of a pack; a regex
 * that does not compile would otherwise fail only once files are linted.
 */
final class PackChecks {
  private final Document document;
  private final Collection<RuleMeta> taken;
  private final SettingsProblems problems;
  private final Map<String, JsonPointer> seenIds = new HashMap<>();
  private final Map<String, JsonPointer> seenNames = new HashMap<>();

  private PackChecks(Document document, Collection<RuleMeta> taken, SettingsProblems problems) {
    this.document = document;
    this.taken = taken;
    this.problems = problems;
  }

  static void check(Document document, Collection<RuleMeta> taken, SettingsProblems problems) {
    PackChecks checks = new PackChecks(document, taken, problems);
    JsonNode rules = document.root().path("rules");
    // The schema stage reports rules that are not a list; only a list has rules to check.
    for (int i = 0; rules.isArray() && i < rules.size(); i++) {
      checks.checkRule(rules.get(i), JsonPointer.of("rules", i));
    }
  }

  private void checkRule(JsonNode rule, JsonPointer at) {
    unique(rule, at, "id", RuleMeta::id, seenIds);
    unique(rule, at, "name", RuleMeta::name, seenNames);
    boolean openApi = rule.path("documents").asText().equals("openapi");
    JsonNode given = rule.path("given");
    if (given.isArray()) {
      for (int i = 0; i < given.size(); i++) {
        checkAlias(given.get(i), openApi, at.append("given").append(i));
      }
    } else {
      checkAlias(given, openApi, at.append("given"));
    }
    if (rule.has("checksGenerated") && !openApi) {
      problems.at(document, at.append("checksGenerated"),
          "checksGenerated is for rules with documents: openapi; a GAL config rule checks the GAL config itself");
    }
    JsonNode then = rule.path("then");
    if (then.path("function").asText().equals("pattern")) {
      for (String option : Functions.REGEX_OPTIONS) {
        JsonNode regex = then.path("options").path(option);
        if (regex.isTextual()) {
          regexProblem(regex.textValue()).ifPresent(problem -> problems.at(document,
              at.append("then").append("options").append(option),
              "'%s' is not a valid regular expression: %s".formatted(option, problem)));
        }
      }
    }
  }

  /** An alias must exist and be one of the rule's kind of document: #Operation means nothing in a GAL config. */
  private void checkAlias(JsonNode selector, boolean openApi, JsonPointer at) {
    Optional<String> name = selector.isTextual() ? Selector.aliasName(selector.textValue()) : Optional.empty();
    if (name.isEmpty()) {
      return;
    }
    Optional<Alias> alias = Alias.named(name.get());
    if (alias.isEmpty()) {
      problems.at(document, at, "'#%s' is no alias gal has; use one of %s".formatted(name.get(), Alias.all()));
    } else if (alias.get().openApi() != openApi) {
      problems.at(document, at, alias.get().openApi()
          ? "%s selects in OpenAPI documents, but the rule checks GAL configs; add documents: openapi".formatted(alias.get().written())
          : "%s selects in GAL configs, but the rule checks OpenAPI documents".formatted(alias.get().written()));
    }
  }

  private void unique(JsonNode rule, JsonPointer at, String field, Function<RuleMeta, String> key, Map<String, JsonPointer> seen) {
    JsonNode value = rule.path(field);
    if (!value.isTextual()) {
      return;
    }
    JsonPointer pointer = at.append(field);
    Optional<RuleMeta> clash = taken.stream().filter(m -> key.apply(m).equals(value.textValue())).findFirst();
    JsonPointer earlier = seen.putIfAbsent(value.textValue(), pointer);
    if (clash.isPresent()) {
      problems.at(document, pointer, "rule %s '%s' clashes with %s (%s), which gal already has; choose another"
          .formatted(field, value.textValue(), clash.get().id(), clash.get().name()));
    } else if (earlier != null) {
      problems.at(document, pointer, "rule %s '%s' is already used by the rule at line %d; each rule needs its own"
          .formatted(field, value.textValue(), document.positions().locate(earlier).value().start().line()));
    }
  }

  /** Why a regex does not compile, in words, with the 1-based character where Java's parser stopped. */
  private static Optional<String> regexProblem(String regex) {
    try {
      Pattern.compile(regex);
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      String where = e.getIndex() >= 0 ? " near character %d".formatted(e.getIndex() + 1) : "";
      String description = e.getDescription();
      return Optional.of(Character.toLowerCase(description.charAt(0)) + description.substring(1) + where);
    }
  }
}
