package dev.gal.engine;

import dev.gal.load.LoadDiagnostics;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleMeta;
import dev.gal.rules.integration.*;
import dev.gal.schema.SchemaDiagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule the tool knows. Built-in rules are listed explicitly, sorted by
 * id, so that the set is visible in one place and start-up scans nothing.
 */
public final class RuleRegistry {
  private static final List<GalConfigRule> BUILT_IN_GAL_RULES = List.of(
      new IntegrationTimeoutRange(),
      new AwsProxyWithoutLambda(),
      new LambdaFunctionArnFormat(),
      new HttpProxyUpstreamHost(),
      new HttpProxyProtocol(),
      new MockIgnoresUpstream(),
      new InvokeRoleArnFormat(),
      new LambdaSettingsWithoutEffect(),
      new UpstreamHostFormat(),
      new PlainHttpUpstream(),
      new DefaultIntegrationTimeout(),
      new PrivateUpstreamHost(),
      new RouteTimeoutOverLimit(),
      new UpstreamPortProtocol());

  private final List<GalConfigRule> galRules;
  private final Map<GalConfigRule, RuleMeta> metaByRule;
  private final List<RuleMeta> allMeta;

  private RuleRegistry(List<GalConfigRule> galRules) {
    this.galRules = List.copyOf(galRules);
    this.metaByRule = galRules.stream().collect(Collectors.toMap(Function.identity(), GalConfigRule::meta));
    List<RuleMeta> all = new ArrayList<>();
    all.addAll(LoadDiagnostics.ALL);
    all.addAll(SchemaDiagnostics.ALL);
    all.addAll(metaByRule.values());
    all.sort(Comparator.comparing(RuleMeta::id));
    this.allMeta = List.copyOf(all);
  }

  public static RuleRegistry builtIn() {
    return new RuleRegistry(BUILT_IN_GAL_RULES);
  }

  /** A registry whose rule list is narrowed to the rules with the given ids. */
  public RuleRegistry only(java.util.Set<String> ids) {
    return new RuleRegistry(galRules.stream().filter(r -> ids.contains(metaByRule.get(r).id())).toList());
  }

  public List<GalConfigRule> galRules() {
    return galRules;
  }

  public RuleMeta meta(GalConfigRule rule) {
    return metaByRule.get(rule);
  }

  /** Metadata of every rule and stage diagnostic, sorted by id. */
  public List<RuleMeta> allMeta() {
    return allMeta;
  }

  public Optional<RuleMeta> find(String idOrName) {
    return allMeta.stream().filter(m -> m.id().equals(idOrName) || m.name().equals(idOrName)).findFirst();
  }
}
