package dev.gal.engine;

import dev.gal.aws.ImportDiagnostics;
import dev.gal.load.LoadDiagnostics;
import dev.gal.openapi.OpenApiDiagnostics;
import dev.gal.pack.RulePackLoader;
import dev.gal.rule.Rule;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.RuleRefs;

import dev.gal.rules.auth.ApiKeyOverHttp;
import dev.gal.rules.auth.ApiKeySourceNeedsLambda;
import dev.gal.rules.auth.ApiKeyWithoutUsagePlan;
import dev.gal.rules.auth.AuthorizerSettingsWithoutEffect;
import dev.gal.rules.auth.CachedAuthorizerPolicyShared;
import dev.gal.rules.auth.CognitoPoolArnFormat;
import dev.gal.rules.auth.CredentialsOutsideAuthorizerHeader;
import dev.gal.rules.auth.JwtRouteWithoutAuthorizer;
import dev.gal.rules.auth.LambdaAuthorizerArnFormat;
import dev.gal.rules.auth.LambdaPermissionOutsideDocument;
import dev.gal.rules.auth.RouteAuthNotEnforced;
import dev.gal.rules.auth.WriteMethodWithoutAuth;
import dev.gal.rules.cors.CorsApiKeyHeader;
import dev.gal.rules.cors.CorsAuthorizationHeader;
import dev.gal.rules.cors.CorsCredentialsNotExported;
import dev.gal.rules.cors.CorsMethodsCoverRoutes;
import dev.gal.rules.cors.CorsMultipleOrigins;
import dev.gal.rules.cors.CorsOriginFormat;
import dev.gal.rules.cors.CorsProxyBackendHeaders;
import dev.gal.rules.cors.CorsSettingsWhileDisabled;
import dev.gal.rules.cors.CorsWildcardMixed;
import dev.gal.rules.cors.CorsWildcardWithCredentials;
import dev.gal.rules.cors.ImplicitWildcardCors;
import dev.gal.rules.cors.RouteCorsIgnored;
import dev.gal.rules.endpoint.EdgeInChina;
import dev.gal.rules.endpoint.GlobalSpelling;
import dev.gal.rules.endpoint.PrivateEndpointNeedsPolicy;
import dev.gal.rules.endpoint.ProviderNotAws;
import dev.gal.rules.endpoint.ReservedHealthPath;
import dev.gal.rules.endpoint.UnknownRegion;
import dev.gal.rules.integration.AwsProxyWithoutLambda;
import dev.gal.rules.integration.DefaultIntegrationTimeout;
import dev.gal.rules.integration.HttpProxyProtocol;
import dev.gal.rules.integration.HttpProxyUpstreamHost;
import dev.gal.rules.integration.IntegrationTimeoutRange;
import dev.gal.rules.integration.InvokeRoleArnFormat;
import dev.gal.rules.integration.LambdaFunctionArnFormat;
import dev.gal.rules.integration.LambdaSettingsWithoutEffect;
import dev.gal.rules.integration.MockIgnoresUpstream;
import dev.gal.rules.integration.PlainHttpUpstream;
import dev.gal.rules.integration.PrivateUpstreamHost;
import dev.gal.rules.integration.RouteTimeoutOverLimit;
import dev.gal.rules.integration.ServiceNameCollision;
import dev.gal.rules.integration.UpstreamHostFormat;
import dev.gal.rules.integration.UpstreamPortProtocol;
import dev.gal.rules.integration.UpstreamPortUnsupported;
import dev.gal.rules.openapi.MethodResponseUnsupported;
import dev.gal.rules.openapi.RootSecurityIgnored;
import dev.gal.rules.openapi.MockWithoutStatusTemplate;
import dev.gal.rules.openapi.IntegrationReferenceInRestApi;
import dev.gal.rules.openapi.CustomAuthtypeWithoutAuthorizer;
import dev.gal.rules.openapi.VpcEndpointIdsOnPublicApi;
import dev.gal.rules.openapi.AwsServiceUriMalformed;
import dev.gal.rules.openapi.OpenApiVersionUnsupported;
import dev.gal.rules.openapi.StaticValueUnquoted;
import dev.gal.rules.openapi.IntegrationResponseStatusUndeclared;
import dev.gal.rules.openapi.ResponseHeaderMappingUndeclared;
import dev.gal.rules.openapi.AuthorizerTtlRange;
import dev.gal.rules.openapi.AuthorizerTypeInvalid;
import dev.gal.rules.openapi.AuthorizerUriMalformed;
import dev.gal.rules.openapi.AuthtypeInvalid;
import dev.gal.rules.openapi.BinaryMediaTypeMalformed;
import dev.gal.rules.openapi.CacheKeyParameterUndeclared;
import dev.gal.rules.openapi.CachedRequestAuthorizerWithoutSource;
import dev.gal.rules.openapi.CorsGatewayResponsesMissing;
import dev.gal.rules.openapi.CorsOptionsMethodsIncomplete;
import dev.gal.rules.openapi.CorsOptionsMissing;
import dev.gal.rules.openapi.EndpointConfigurationUnread;
import dev.gal.rules.openapi.HttpApiIntegrationTypeUnsupported;
import dev.gal.rules.openapi.HttpApiMultipleSecurityRequirements;
import dev.gal.rules.openapi.HttpUriMalformed;
import dev.gal.rules.openapi.IdentitySourceInvalid;
import dev.gal.rules.openapi.IdentityValidationNotToken;
import dev.gal.rules.openapi.IntegrationMethodMissing;
import dev.gal.rules.openapi.IntegrationResponseInvalid;
import dev.gal.rules.openapi.IntegrationTimeout;
import dev.gal.rules.openapi.IntegrationTypeInvalid;
import dev.gal.rules.openapi.LambdaMethodNotPost;
import dev.gal.rules.openapi.LambdaUriMalformed;
import dev.gal.rules.openapi.MinimumCompressionSize;
import dev.gal.rules.openapi.ModelDiscriminatorUnsupported;
import dev.gal.rules.openapi.ModelNameInvalid;
import dev.gal.rules.openapi.MultipleBodyParameters;
import dev.gal.rules.openapi.OpenApiPathInvalid;
import dev.gal.rules.openapi.OperationWithoutIntegration;
import dev.gal.rules.openapi.PathParameterNotInTemplate;
import dev.gal.rules.openapi.PathParameterUndeclared;
import dev.gal.rules.openapi.ProviderArnMalformed;
import dev.gal.rules.openapi.RequestParameterMalformed;
import dev.gal.rules.openapi.RequestParameterUndeclared;
import dev.gal.rules.openapi.SecurityRequirementUndefined;
import dev.gal.rules.openapi.VpcEndpointIdsWithoutPrivate;
import dev.gal.rules.openapi.VpcLinkWithoutConnection;
import dev.gal.rules.paths.DuplicateParameter;
import dev.gal.rules.paths.DuplicateRoute;
import dev.gal.rules.paths.EmptySegment;
import dev.gal.rules.paths.GreedyNotLast;
import dev.gal.rules.paths.InvalidParameterName;
import dev.gal.rules.paths.InvalidPathCharacters;
import dev.gal.rules.paths.ResourceQuota;
import dev.gal.rules.paths.SiblingVariableConflict;
import dev.gal.rules.paths.UnbalancedBraces;
import dev.gal.rules.portability.AdvancedRoutingIgnored;
import dev.gal.rules.portability.BodyTransformationIgnored;
import dev.gal.rules.portability.CircuitBreakerIgnored;
import dev.gal.rules.portability.GrpcServiceOnAws;
import dev.gal.rules.portability.HeaderChangesNotExported;
import dev.gal.rules.portability.SettingNotExported;
import dev.gal.rules.portability.SettingsOutsideTheExport;
import dev.gal.rules.portability.HealthCheckIgnored;
import dev.gal.rules.portability.LoadBalancingIgnored;
import dev.gal.rules.portability.MirroringIgnored;
import dev.gal.rules.portability.RateLimitIgnored;
import dev.gal.rules.portability.RetryIgnored;
import dev.gal.rules.portability.ServiceTransformationIgnored;
import dev.gal.rules.portability.TrafficSplitIgnored;
import dev.gal.rules.portability.WebSocketIgnored;
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

  public static RuleRegistry builtIn() {
    List<Entry> entries = new ArrayList<>();
    BUILT_IN_RULES.forEach(rule -> entries.add(new Entry(rule, rule.meta(), BUILT_IN)));
    new RulePackLoader().bundled().forEach(pack -> pack.rules()
        .forEach(rule -> entries.add(new Entry(rule, rule.meta(), BUILT_IN + " pack " + pack.name()))));
    return new RuleRegistry(entries);
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
    return new RuleRegistry(combined);
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
