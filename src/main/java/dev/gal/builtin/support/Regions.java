package dev.gal.builtin.support;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The AWS partitions and the regions known to this version. A region missing
 * here may be newer than the list, so only a region that belongs to another
 * partition is an error; an unknown one is a warning of its own rule.
 */
public final class Regions {
  /** us-east-1, us-gov-west-1, us-isob-east-1, eusc-de-east-1: a lower-case prefix, words, a number. */
  private static final Pattern REGION_SHAPE = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");
  public static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b",
      "aws-iso-e", "aws-iso-f", "aws-eusc");

  private static final Map<String, String> PARTITION_OF = Map.ofEntries(
      Map.entry("us-east-1", "aws"), Map.entry("us-east-2", "aws"), Map.entry("us-west-1", "aws"),
      Map.entry("us-west-2", "aws"), Map.entry("af-south-1", "aws"), Map.entry("ap-east-1", "aws"),
      Map.entry("ap-east-2", "aws"), Map.entry("ap-south-1", "aws"), Map.entry("ap-south-2", "aws"),
      Map.entry("ap-southeast-1", "aws"), Map.entry("ap-southeast-2", "aws"), Map.entry("ap-southeast-3", "aws"),
      Map.entry("ap-southeast-4", "aws"), Map.entry("ap-southeast-5", "aws"), Map.entry("ap-southeast-6", "aws"),
      Map.entry("ap-southeast-7", "aws"), Map.entry("ap-northeast-1", "aws"), Map.entry("ap-northeast-2", "aws"),
      Map.entry("ap-northeast-3", "aws"), Map.entry("ca-central-1", "aws"), Map.entry("ca-west-1", "aws"),
      Map.entry("eu-central-1", "aws"), Map.entry("eu-central-2", "aws"), Map.entry("eu-west-1", "aws"),
      Map.entry("eu-west-2", "aws"), Map.entry("eu-west-3", "aws"), Map.entry("eu-south-1", "aws"),
      Map.entry("eu-south-2", "aws"), Map.entry("eu-north-1", "aws"), Map.entry("il-central-1", "aws"),
      Map.entry("me-south-1", "aws"), Map.entry("me-central-1", "aws"), Map.entry("mx-central-1", "aws"),
      Map.entry("sa-east-1", "aws"),
      Map.entry("cn-north-1", "aws-cn"), Map.entry("cn-northwest-1", "aws-cn"),
      Map.entry("us-gov-east-1", "aws-us-gov"), Map.entry("us-gov-west-1", "aws-us-gov"),
      Map.entry("us-iso-east-1", "aws-iso"), Map.entry("us-iso-west-1", "aws-iso"),
      Map.entry("us-isob-east-1", "aws-iso-b"), Map.entry("eu-isoe-west-1", "aws-iso-e"),
      Map.entry("us-isof-south-1", "aws-iso-f"), Map.entry("us-isof-east-1", "aws-iso-f"),
      Map.entry("eusc-de-east-1", "aws-eusc"));

  private Regions() {}

  /** The partition a known region belongs to. */
  public static Optional<String> partitionOf(String region) {
    return Optional.ofNullable(PARTITION_OF.get(region));
  }

  public static boolean looksLikeRegion(String region) {
    return REGION_SHAPE.matcher(region).matches();
  }
}
