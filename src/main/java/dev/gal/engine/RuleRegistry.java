package dev.gal.engine;

import dev.gal.aws.ImportDiagnostics;
import dev.gal.load.LoadDiagnostics;
import dev.gal.openapi.OpenApiDiagnostics;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.OptionMeta;
import dev.gal.rule.Rule;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleRefs;

import dev.gal.builtin.auth.ApiKeyOverHttp;
import dev.gal.builtin.auth.ApiKeySourceNeedsLambda;
import dev.gal.builtin.auth.ApiKeyWithoutUsagePlan;
import dev.gal.builtin.auth.AuthorizerSettingsWithoutEffect;
import dev.gal.builtin.auth.CachedAuthorizerPolicyShared;
import dev.gal.builtin.auth.CognitoPoolArnFormat;
import dev.gal.builtin.auth.CredentialsOutsideAuthorizerHeader;
import dev.gal.builtin.auth.JwtRouteWithoutAuthorizer;
import dev.gal.builtin.auth.LambdaAuthorizerArnFormat;
import dev.gal.builtin.auth.LambdaPermissionOutsideDocument;
import dev.gal.builtin.auth.RouteAuthNotEnforced;
import dev.gal.builtin.auth.WriteMethodWithoutAuth;
import dev.gal.builtin.cors.CorsApiKeyHeader;
import dev.gal.builtin.cors.CorsAuthorizationHeader;
import dev.gal.builtin.cors.CorsCredentialsNotExported;
import dev.gal.builtin.cors.CorsMethodsCoverRoutes;
import dev.gal.builtin.cors.CorsMultipleOrigins;
import dev.gal.builtin.cors.CorsOriginFormat;
import dev.gal.builtin.cors.CorsProxyBackendHeaders;
import dev.gal.builtin.cors.CorsSettingsWhileDisabled;
import dev.gal.builtin.cors.CorsWildcardMixed;
import dev.gal.builtin.cors.CorsWildcardWithCredentials;
import dev.gal.builtin.cors.ImplicitWildcardCors;
import dev.gal.builtin.cors.RouteCorsIgnored;
import dev.gal.builtin.endpoint.EdgeInChina;
import dev.gal.builtin.endpoint.GlobalSpelling;
import dev.gal.builtin.endpoint.PrivateEndpointNeedsPolicy;
import dev.gal.builtin.endpoint.ProviderNotAws;
import dev.gal.builtin.endpoint.ReservedHealthPath;
import dev.gal.builtin.endpoint.UnknownRegion;
import dev.gal.builtin.integration.AwsProxyWithoutLambda;
import dev.gal.builtin.integration.DefaultIntegrationTimeout;
import dev.gal.builtin.integration.HttpProxyProtocol;
import dev.gal.builtin.integration.HttpProxyUpstreamHost;
import dev.gal.builtin.integration.IntegrationTimeoutRange;
import dev.gal.builtin.integration.InvokeRoleArnFormat;
import dev.gal.builtin.integration.LambdaFunctionArnFormat;
import dev.gal.builtin.integration.LambdaSettingsWithoutEffect;
import dev.gal.builtin.integration.MockIgnoresUpstream;
import dev.gal.builtin.integration.PlainHttpUpstream;
import dev.gal.builtin.integration.PrivateUpstreamHost;
import dev.gal.builtin.integration.RouteTimeoutOverLimit;
import dev.gal.builtin.integration.ServiceNameCollision;
import dev.gal.builtin.integration.UpstreamHostFormat;
import dev.gal.builtin.integration.UpstreamPortProtocol;
import dev.gal.builtin.integration.UpstreamPortUnsupported;
import dev.gal.builtin.openapi.MethodResponseUnsupported;
import dev.gal.builtin.openapi.RootSecurityIgnored;
import dev.gal.builtin.openapi.MockWithoutStatusTemplate;
import dev.gal.builtin.openapi.IntegrationReferenceInRestApi;
import dev.gal.builtin.openapi.CustomAuthtypeWithoutAuthorizer;
import dev.gal.builtin.openapi.VpcEndpointIdsOnPublicApi;
import dev.gal.builtin.openapi.AwsServiceUriMalformed;
import dev.gal.builtin.openapi.OpenApiVersionUnsupported;
import dev.gal.builtin.openapi.StaticValueUnquoted;
import dev.gal.builtin.openapi.IntegrationResponseStatusUndeclared;
import dev.gal.builtin.openapi.ResponseHeaderMappingUndeclared;
import dev.gal.builtin.openapi.AuthorizerTtlRange;
import dev.gal.builtin.openapi.AuthorizerTypeInvalid;
import dev.gal.builtin.openapi.AuthorizerUriMalformed;
import dev.gal.builtin.openapi.AuthtypeInvalid;
import dev.gal.builtin.openapi.BinaryMediaTypeMalformed;
import dev.gal.builtin.openapi.CacheKeyParameterUndeclared;
import dev.gal.builtin.openapi.CachedRequestAuthorizerWithoutSource;
import dev.gal.builtin.openapi.CorsGatewayResponsesMissing;
import dev.gal.builtin.openapi.CorsOptionsMethodsIncomplete;
import dev.gal.builtin.openapi.CorsOptionsMissing;
import dev.gal.builtin.openapi.EndpointConfigurationUnread;
import dev.gal.builtin.openapi.HttpApiIntegrationTypeUnsupported;
import dev.gal.builtin.openapi.HttpApiMultipleSecurityRequirements;
import dev.gal.builtin.openapi.HttpUriMalformed;
import dev.gal.builtin.openapi.IdentitySourceInvalid;
import dev.gal.builtin.openapi.IdentityValidationNotToken;
import dev.gal.builtin.openapi.IntegrationMethodMissing;
import dev.gal.builtin.openapi.IntegrationResponseInvalid;
import dev.gal.builtin.openapi.IntegrationTimeout;
import dev.gal.builtin.openapi.IntegrationTypeInvalid;
import dev.gal.builtin.openapi.LambdaMethodNotPost;
import dev.gal.builtin.openapi.LambdaUriMalformed;
import dev.gal.builtin.openapi.MinimumCompressionSize;
import dev.gal.builtin.openapi.ModelDiscriminatorUnsupported;
import dev.gal.builtin.openapi.ModelNameInvalid;
import dev.gal.builtin.openapi.MultipleBodyParameters;
import dev.gal.builtin.openapi.OpenApiPathInvalid;
import dev.gal.builtin.openapi.OperationWithoutIntegration;
import dev.gal.builtin.openapi.PathParameterNotInTemplate;
import dev.gal.builtin.openapi.PathParameterUndeclared;
import dev.gal.builtin.openapi.ProviderArnMalformed;
import dev.gal.builtin.openapi.RequestParameterMalformed;
import dev.gal.builtin.openapi.RequestParameterUndeclared;
import dev.gal.builtin.openapi.SecurityRequirementUndefined;
import dev.gal.builtin.openapi.VpcEndpointIdsWithoutPrivate;
import dev.gal.builtin.openapi.VpcLinkWithoutConnection;
import dev.gal.builtin.paths.DuplicateParameter;
import dev.gal.builtin.paths.DuplicateRoute;
import dev.gal.builtin.paths.EmptySegment;
import dev.gal.builtin.paths.GreedyNotLast;
import dev.gal.builtin.paths.InvalidParameterName;
import dev.gal.builtin.paths.InvalidPathCharacters;
import dev.gal.builtin.paths.ResourceQuota;
import dev.gal.builtin.paths.SiblingVariableConflict;
import dev.gal.builtin.paths.UnbalancedBraces;
import dev.gal.builtin.portability.AdvancedRoutingIgnored;
import dev.gal.builtin.portability.BodyTransformationIgnored;
import dev.gal.builtin.portability.CircuitBreakerIgnored;
import dev.gal.builtin.portability.GrpcServiceOnAws;
import dev.gal.builtin.portability.HeaderChangesNotExported;
import dev.gal.builtin.portability.SettingNotExported;
import dev.gal.builtin.portability.SettingsOutsideTheExport;
import dev.gal.builtin.portability.HealthCheckIgnored;
import dev.gal.builtin.portability.LoadBalancingIgnored;
import dev.gal.builtin.portability.MirroringIgnored;
import dev.gal.builtin.portability.RateLimitIgnored;
import dev.gal.builtin.portability.RetryIgnored;
import dev.gal.builtin.portability.ServiceTransformationIgnored;
import dev.gal.builtin.portability.TrafficSplitIgnored;
import dev.gal.builtin.portability.WebSocketIgnored;
import dev.gal.schema.SchemaDiagnostics;
import dev.gal.suppress.SuppressDiagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule the tool knows: the built-in Java rules, listed explicitly so
 * that start-up scans nothing; the bundled declarative pack; and whatever
 * packs and plugins the user adds. Each rule remembers where it came from.
 */
public final class RuleRegistry {
  public static final String BUILT_IN = "builtin";

  private static final List<Rule> BUILT_IN_RULES = List.of(
      new LambdaAuthorizerArnFormat(),
      new CredentialsOutsideAuthorizerHeader(),
      new CognitoPoolArnFormat(),
      new ApiKeySourceNeedsLambda(),
      new RouteAuthNotEnforced(),
      new JwtRouteWithoutAuthorizer(),
      new WriteMethodWithoutAuth(),
      new ApiKeyOverHttp(),
      new AuthorizerSettingsWithoutEffect(),
      new LambdaPermissionOutsideDocument(),
      new ApiKeyWithoutUsagePlan(),
      new CachedAuthorizerPolicyShared(),
      new CorsMethodsCoverRoutes(),
      new CorsAuthorizationHeader(),
      new CorsApiKeyHeader(),
      new CorsWildcardMixed(),
      new CorsWildcardWithCredentials(),
      new CorsMultipleOrigins(),
      new CorsSettingsWhileDisabled(),
      new RouteCorsIgnored(),
      new ImplicitWildcardCors(),
      new CorsOriginFormat(),
      new CorsProxyBackendHeaders(),
      new CorsCredentialsNotExported(),
      new PrivateEndpointNeedsPolicy(),
      new EdgeInChina(),
      new GlobalSpelling(),
      new ProviderNotAws(),
      new ReservedHealthPath(),
      new UnknownRegion(),
      new CircuitBreakerIgnored(),
      new HealthCheckIgnored(),
      new LoadBalancingIgnored(),
      new RetryIgnored(),
      new TrafficSplitIgnored(),
      new MirroringIgnored(),
      new BodyTransformationIgnored(),
      new WebSocketIgnored(),
      new RateLimitIgnored(),
      new AdvancedRoutingIgnored(),
      new GrpcServiceOnAws(),
      new ServiceTransformationIgnored(),
      new HeaderChangesNotExported(),
      new SettingsOutsideTheExport(),
      new SettingNotExported(),
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
      new UpstreamPortProtocol(),
      new ServiceNameCollision(),
      new UpstreamPortUnsupported(),
      new IntegrationTypeInvalid(),
      new IntegrationMethodMissing(),
      new LambdaMethodNotPost(),
      new LambdaUriMalformed(),
      new HttpUriMalformed(),
      new IntegrationTimeout(),
      new VpcLinkWithoutConnection(),
      new RequestParameterMalformed(),
      new RequestParameterUndeclared(),
      new CacheKeyParameterUndeclared(),
      new ResponseHeaderMappingUndeclared(),
      new IntegrationResponseStatusUndeclared(),
      new StaticValueUnquoted(),
      new OpenApiVersionUnsupported(),
      new AwsServiceUriMalformed(),
      new VpcEndpointIdsOnPublicApi(),
      new CustomAuthtypeWithoutAuthorizer(),
      new IntegrationReferenceInRestApi(),
      new MockWithoutStatusTemplate(),
      new RootSecurityIgnored(),
      new MethodResponseUnsupported(),
      new IntegrationResponseInvalid(),
      new OperationWithoutIntegration(),
      new AuthtypeInvalid(),
      new AuthorizerTypeInvalid(),
      new AuthorizerTtlRange(),
      new IdentitySourceInvalid(),
      new IdentityValidationNotToken(),
      new ProviderArnMalformed(),
      new SecurityRequirementUndefined(),
      new AuthorizerUriMalformed(),
      new CachedRequestAuthorizerWithoutSource(),
      new EndpointConfigurationUnread(),
      new VpcEndpointIdsWithoutPrivate(),
      new BinaryMediaTypeMalformed(),
      new MinimumCompressionSize(),
      new OpenApiPathInvalid(),
      new PathParameterUndeclared(),
      new PathParameterNotInTemplate(),
      new CorsOptionsMissing(),
      new CorsOptionsMethodsIncomplete(),
      new CorsGatewayResponsesMissing(),
      new ModelDiscriminatorUnsupported(),
      new ModelNameInvalid(),
      new HttpApiMultipleSecurityRequirements(),
      new HttpApiIntegrationTypeUnsupported(),
      new MultipleBodyParameters(),
      new UnbalancedBraces(),
      new InvalidParameterName(),
      new DuplicateParameter(),
      new GreedyNotLast(),
      new EmptySegment(),
      new InvalidPathCharacters(),
      new DuplicateRoute(),
      new SiblingVariableConflict(),
      new ResourceQuota());

  /** The classes of gal's own Java rules; the build records their metadata (see BuiltInRuleMeta). */
  public static List<Class<?>> builtInRuleClasses() {
    return BUILT_IN_RULES.stream().<Class<?>>map(Object::getClass).toList();
  }

  /** A rule with its metadata and its source: builtin, a pack's name, or a plugin jar. */
  public record Entry(Rule rule, RuleMeta meta, String source) {}

  private final List<Entry> entries;
  private final List<RuleMeta> allMeta;
  private final Map<String, String> sourceById;

  private RuleRegistry(List<Entry> entries) {
    this.entries = entries.stream().sorted(Comparator.comparing(e -> e.meta().id())).toList();
    List<RuleMeta> all = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    for (List<RuleMeta> stage : List.of(LoadDiagnostics.ALL, SchemaDiagnostics.ALL, OpenApiDiagnostics.ALL, SuppressDiagnostics.ALL,
        ImportDiagnostics.ALL)) {
      for (RuleMeta meta : stage) {
        all.add(meta);
        sources.put(meta.id(), BUILT_IN);
      }
    }
    for (Entry entry : this.entries) {
      all.add(entry.meta());
      sources.put(entry.meta().id(), entry.source());
    }
    all.sort(Comparator.comparing(RuleMeta::id));
    this.allMeta = List.copyOf(all);
    this.sourceById = Map.copyOf(sources);
  }

  /** gal's own rules and the bundled packs' rules; built once per JVM, since neither changes and registries are immutable. */
  public static RuleRegistry builtIn() {
    return BuiltIn.REGISTRY;
  }

  private static final class BuiltIn {
    static final RuleRegistry REGISTRY = build();
  }

  private static RuleRegistry build() {
    List<Entry> entries = new ArrayList<>();
    BUILT_IN_RULES.forEach(rule -> entries.add(new Entry(rule, rule.meta(), BUILT_IN)));
    new RulePackLoader().bundled().forEach(pack -> pack.rules()
        .forEach(rule -> entries.add(new Entry(rule, rule.meta(), BUILT_IN + " pack " + pack.name()))));
    return new RuleRegistry(entries).withSameAsChecked();
  }

  /**
   * This registry plus more rules from one source.
   *
   * @throws IllegalArgumentException when an id or name is already taken
   */
  public RuleRegistry plus(List<? extends Rule> rules, String source) {
    List<Entry> combined = new ArrayList<>(entries);
    for (Rule rule : rules) {
      RuleMeta meta = rule.meta();
      Optional<RuleMeta> clash = allMeta.stream()
          .filter(m -> m.id().equals(meta.id()) || m.name().equals(meta.name())).findFirst()
          .or(() -> combined.stream().map(Entry::meta).filter(m -> m != meta
              && (m.id().equals(meta.id()) || m.name().equals(meta.name()))).findFirst());
      if (clash.isPresent()) {
        throw new IllegalArgumentException("%s (%s) from %s clashes with %s (%s) from %s".formatted(meta.id(), meta.name(),
            source, clash.get().id(), clash.get().name(), sourceById.getOrDefault(clash.get().id(), source)));
      }
      combined.add(new Entry(rule, meta, source));
    }
    return new RuleRegistry(combined).withSameAsChecked();
  }

  /**
   * This registry, once every option that follows another rule's (sameAs) is found declared as that one is: the
   * user's value is checked against the option it is set for, and must suit the options that follow it too.
   *
   * @throws IllegalArgumentException when one follows no option, or one declared otherwise
   */
  private RuleRegistry withSameAsChecked() {
    for (RuleMeta rule : allMeta) {
      for (OptionMeta option : rule.options()) {
        if (option.sameAs().isEmpty()) {
          continue;
        }
        Optional<OptionMeta> followed = find(option.sameAsRule().orElseThrow())
            .flatMap(other -> other.option(option.sameAsOption().orElseThrow()));
        if (followed.isEmpty() || !followed.get().declaredAlike(option)) {
          throw new IllegalArgumentException("%s.%s is sameAs %s, %s".formatted(rule.id(), option.name(), option.sameAs(),
              followed.isEmpty() ? "which no rule declares" : "which is declared with another type, default, range or values"));
        }
      }
    }
    return this;
  }

  /** A registry whose rules are narrowed to those with the given ids. */
  public RuleRegistry only(Set<String> ids) {
    return new RuleRegistry(entries.stream().filter(e -> ids.contains(e.meta().id())).toList());
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Metadata of every rule and stage diagnostic, sorted by id. */
  public List<RuleMeta> allMeta() {
    return allMeta;
  }

  public String source(String id) {
    return sourceById.getOrDefault(id, BUILT_IN);
  }

  public Optional<RuleMeta> find(String idOrName) {
    return RuleRefs.find(allMeta, idOrName);
  }

  /** Why idOrName names no rule, with a "did you mean" when a rule is close. */
  public String unknown(String idOrName) {
    return RuleRefs.unknown(allMeta, idOrName);
  }
}
