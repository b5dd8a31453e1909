package dev.gal.builtin.support;

import dev.gal.rule.Placeholders;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the shape of the ARNs GAL configs hold, and says what is wrong in
 * words a user can act on. Each check returns the problem, or empty. A
 * template placeholder (${region}, ${AWS::AccountId}, ${LambdaFunction.Arn})
 * makes the part of the ARN it stands in unknown, never malformed: that part
 * is not checked, the rest is. Stage variables are checked as the stage
 * variables reference allows them.
 */
public final class ArnCheck {
  private static final String FUNCTION_NAME = "[A-Za-z0-9_-]{1,64}";
  private static final String QUALIFIER = "(\\$LATEST|[A-Za-z0-9_-]{1,128})";
  private static final Pattern FUNCTION_RESOURCE = Pattern.compile("function:" + FUNCTION_NAME + "(:" + QUALIFIER + ")?");
  private static final Pattern ROLE_RESOURCE = Pattern.compile("role/([\\x21-\\x7E]*/)?[A-Za-z0-9+=,.@_-]{1,64}");

  /** What a stage variable or placeholder in a checked part of an ARN is replaced with: a valid name. */
  private static final String STAND_IN = "stageVariable";

  private ArnCheck() {}

  /** arn:{partition}:lambda:{region}:{account}:function:{name}[:{alias or version}] */
  public static Optional<String> lambdaFunction(String text) {
    return lambdaFunction(text, false);
  }

  /**
   * As {@link #lambdaFunction(String)}, for a Lambda integration: a stage
   * variable may stand for the function name or its alias or version
   * (function:${stageVariables.fn}); the other parts are checked as usual.
   */
  public static Optional<String> lambdaIntegrationFunction(String text) {
    return lambdaFunction(text, true);
  }

  private static Optional<String> lambdaFunction(String text, boolean stageVariables) {
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Placeholders.unknown(text) ? Optional.empty() : Optional.of("is not an ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)");
    }
    Arn arn = parsed.get();
    // the service first: an IAM role or a Cognito pool is the wrong kind of ARN, whatever its region says
    if (known(arn.service()) && !arn.service().equals("lambda")) {
      return Optional.of("names the service '%s', not a Lambda function".formatted(arn.service()));
    }
    Optional<String> common = partitionRegionAccount(arn, true);
    if (common.isPresent()) {
      boolean misplacedStageVariable = stageVariables && StageVariables.references(arn.partition() + arn.region() + arn.account());
      return misplacedStageVariable ? common.map(p -> p + "; a stage variable may stand only for the function name or its alias or version") : common;
    }
    String resource = standIn(stageVariables ? StageVariables.replaced(arn.resource(), STAND_IN) : arn.resource());
    if (!FUNCTION_RESOURCE.matcher(resource).matches()) {
      return Optional.of("has the resource '%s'; expected function:NAME or function:NAME:ALIAS, with a name of 1 to 64 letters, digits, '-' or '_'"
          .formatted(arn.resource()));
    }
    return Optional.empty();
  }

  /**
   * arn:{partition}:iam::{account}:role/{path}{name}; a stage variable may
   * stand for the role or part of it (arn:aws:iam::ACCOUNT:${stageVariables.role}).
   */
  public static Optional<String> iamRole(String text) {
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Placeholders.unknown(text) ? Optional.empty() : Optional.of("is not an ARN (arn:aws:iam::ACCOUNT:role/NAME)");
    }
    Arn arn = parsed.get();
    if (known(arn.partition()) && !Regions.PARTITIONS.contains(arn.partition())) {
      return Optional.of("has the unknown partition '%s'".formatted(arn.partition()));
    }
    String resource = standIn(StageVariables.replaced(arn.resource(), STAND_IN));
    boolean wholeRoleFromStage = arn.resource().matches(StageVariables.REFERENCE) || Placeholders.whole(arn.resource());
    if (known(arn.service()) && !arn.service().equals("iam") || !(resource.startsWith("role/") || wholeRoleFromStage)) {
      return Optional.of("is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)");
    }
    if (!arn.region().isEmpty() && known(arn.region())) {
      return Optional.of("has the region '%s', but IAM ARNs have none (arn:aws:iam::ACCOUNT:role/NAME)".formatted(arn.region()));
    }
    if (known(arn.account()) && !arn.hasAccountId()) {
      return Optional.of("has the account '%s'; an account id is 12 digits".formatted(arn.account()));
    }
    if (!wholeRoleFromStage && !ROLE_RESOURCE.matcher(resource).matches()) {
      return Optional.of("has an invalid role name in '%s'".formatted(arn.resource()));
    }
    return Optional.empty();
  }

  /** arn:{partition}:cognito-idp:{region}:{account}:userpool/{region}_{id} */
  public static Optional<String> cognitoUserPool(String text) {
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Placeholders.unknown(text) ? Optional.empty()
          : Optional.of("is not an ARN (arn:aws:cognito-idp:REGION:ACCOUNT:userpool/REGION_ID)");
    }
    Arn arn = parsed.get();
    Optional<String> common = partitionRegionAccount(arn, true);
    if (common.isPresent()) {
      return common;
    }
    if (!known(arn.resource())) {
      return Optional.empty();
    }
    if (known(arn.service()) && !arn.service().equals("cognito-idp") || !arn.resource().startsWith("userpool/")) {
      return Optional.of("is not a Cognito user pool ARN (arn:aws:cognito-idp:REGION:ACCOUNT:userpool/REGION_ID)");
    }
    String poolId = arn.resource().substring("userpool/".length());
    if (known(arn.region()) && !poolId.matches(Pattern.quote(arn.region()) + "_[A-Za-z0-9]+")) {
      return Optional.of("has the pool id '%s'; a user pool id is the region, '_' and an id, e.g. %s_AbCdEf123"
          .formatted(poolId, arn.region()));
    }
    return Optional.empty();
  }

  private static Optional<String> partitionRegionAccount(Arn arn, boolean regional) {
    if (known(arn.partition()) && !Regions.PARTITIONS.contains(arn.partition())) {
      return Optional.of("has the unknown partition '%s'; expected aws, aws-cn or aws-us-gov".formatted(arn.partition()));
    }
    if (regional && known(arn.region()) && !Regions.looksLikeRegion(arn.region())) {
      return Optional.of("has '%s' where a region such as us-east-1 belongs".formatted(arn.region()));
    }
    Optional<String> partition = known(arn.region()) ? Regions.partitionOf(arn.region()) : Optional.empty();
    if (partition.isPresent() && known(arn.partition()) && !partition.get().equals(arn.partition())) {
      return Optional.of("puts the region %s, which belongs to the partition %s, in the partition %s"
          .formatted(arn.region(), partition.get(), arn.partition()));
    }
    if (known(arn.account()) && !arn.hasAccountId()) {
      return Optional.of("has the account '%s'; an account id is 12 digits".formatted(arn.account()));
    }
    return Optional.empty();
  }

  /** A part of an ARN without a template placeholder; a stage variable counts as known, and is checked. */
  private static boolean known(String part) {
    return !Placeholders.unknown(part);
  }

  /** The part with each template placeholder replaced by a name that is valid where it stands. */
  private static String standIn(String part) {
    return Placeholders.replaceUnknown(part, STAND_IN);
  }
}
