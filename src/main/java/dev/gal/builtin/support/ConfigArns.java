package dev.gal.builtin.support;

import dev.gal.model.AwsSettings;
import dev.gal.model.GalConfig;
import dev.gal.model.Located;
import java.util.ArrayList;
import java.util.List;

/** Every ARN a GAL config holds in its AWS block, for rules about partitions and regions. */
public final class ConfigArns {
  private static final List<String> SINGLE = List.of("lambda_function_arn", "lambda_invoke_role_arn",
      "lambda_authorizer_arn", "mirroring_lambda_edge_arn");

  private ConfigArns() {}

  public static List<Located<Arn>> of(GalConfig config) {
    AwsSettings aws = config.awsSettings();
    List<Located<String>> texts = new ArrayList<>();
    SINGLE.forEach(key -> aws.string(key).ifPresent(texts::add));
    aws.block().ifPresent(b -> texts.addAll(b.strings("cognito_user_pool_arns")));
    List<Located<Arn>> arns = new ArrayList<>();
    for (Located<String> text : texts) {
      Arn.parse(text.value()).ifPresent(arn -> arns.add(new Located<>(arn, text.pointer())));
    }
    return arns;
  }
}
