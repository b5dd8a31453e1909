package dev.gal.rules.support;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the shape of the ARNs GAL configs hold, and says what is wrong in
 * words a user can act on. Each check returns the problem, or empty.
 */
public final class ArnCheck {
  private static final String FUNCTION_NAME = "[A-Za-z0-9_-]{1,64}";
  private static final String QUALIFIER = "(\\$LATEST|[A-Za-z0-9_-]{1,128})";
  private static final Pattern FUNCTION_RESOURCE = Pattern.compile("function:" + FUNCTION_NAME + "(:" + QUALIFIER + ")?");
  private static final Pattern ROLE_RESOURCE = Pattern.compile("role/([\\x21-\\x7E]*/)?[A-Za-z0-9+=,.@_-]{1,64}");

  private ArnCheck() {}

  /** arn:{partition}:lambda:{region}:{account}:function:{name}[:{alias or version}] */
  public static Optional<String> lambdaFunction(String text) {
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Optional.of("is not an ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)");
    }
    Arn arn = parsed.get();
    // the service first: an IAM role or a Cognito pool is the wrong kind of ARN, whatever its region says
    if (!arn.service().equals("lambda")) {
      return Optional.of("names the service '%s', not a Lambda function".formatted(arn.service()));
    }
    Optional<String> common = partitionRegionAccount(arn, true);
    if (common.isPresent()) {
      return common;
    }
    if (!FUNCTION_RESOURCE.matcher(arn.resource()).matches()) {
      return Optional.of("has the resource '%s'; expected function:NAME or function:NAME:ALIAS, with a name of 1 to 64 letters, digits, '-' or '_'"
          .formatted(arn.resource()));
    }
    return Optional.empty();
  }

  /** arn:{partition}:iam::{account}:role/{path}{name} */
  public static Optional<String> iamRole(String text) {
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Optional.of("is not an ARN (arn:aws:iam::ACCOUNT:role/NAME)");
    }
    Arn arn = parsed.get();
    if (!Regions.PARTITIONS.contains(arn.partition())) {
      return Optional.of("has the unknown partition '%s'".formatted(arn.partition()));
    }
    if (!arn.service().equals("iam") || !arn.resource().startsWith("role/")) {
      return Optional.of("is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)");
    }
    if (!arn.region().isEmpty()) {
      return Optional.of("has the region '%s', but IAM ARNs have none (arn:aws:iam::ACCOUNT:role/NAME)".formatted(arn.region()));
    }
    if (!arn.hasAccountId()) {
      return Optional.of("has the account '%s'; an account id is 12 digits".formatted(arn.account()));
    }
    if (!ROLE_RESOURCE.matcher(arn.resource()).matches()) {
      return Optional.of("has an invalid role name in '%s'".formatted(arn.resource()));
    }
    return Optional.empty();
  }

  /** arn:{partition}:cognito-idp:{region}:{account}:userpool/{region}_{id} */
  public static Optional<String> cognitoUserPool(String text) {
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Optional.of("is not an ARN (arn:aws:cognito-idp:REGION:ACCOUNT:userpool/REGION_ID)");
    }
    Arn arn = parsed.get();
    Optional<String> common = partitionRegionAccount(arn, true);
    if (common.isPresent()) {
      return common;
    }
    if (!arn.service().equals("cognito-idp") || !arn.resource().startsWith("userpool/")) {
      return Optional.of("is not a Cognito user pool ARN (arn:aws:cognito-idp:REGION:ACCOUNT:userpool/REGION_ID)");
    }
    String poolId = arn.resource().substring("userpool/".length());
    if (!poolId.matches(java.util.regex.Pattern.quote(arn.region()) + "_[A-Za-z0-9]+")) {
      return Optional.of("has the pool id '%s'; a user pool id is the region, '_' and an id, e.g. %s_AbCdEf123"
          .formatted(poolId, arn.region()));
    }
    return Optional.empty();
  }

  private static Optional<String> partitionRegionAccount(Arn arn, boolean regional) {
    if (!Regions.PARTITIONS.contains(arn.partition())) {
      return Optional.of("has the unknown partition '%s'; expected aws, aws-cn or aws-us-gov".formatted(arn.partition()));
    }
    if (regional && !Regions.looksLikeRegion(arn.region())) {
      return Optional.of("has '%s' where a region such as us-east-1 belongs".formatted(arn.region()));
    }
    Optional<String> partition = Regions.partitionOf(arn.region());
    if (partition.isPresent() && !partition.get().equals(arn.partition())) {
      return Optional.of("puts the region %s, which belongs to the partition %s, in the partition %s"
          .formatted(arn.region(), partition.get(), arn.partition()));
    }
    if (!arn.hasAccountId()) {
      return Optional.of("has the account '%s'; an account id is 12 digits".formatted(arn.account()));
    }
    return Optional.empty();
  }
}
