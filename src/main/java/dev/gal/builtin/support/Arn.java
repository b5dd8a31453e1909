package dev.gal.builtin.support;

import dev.gal.rule.Placeholders;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The six fields of an ARN: arn:partition:service:region:account:resource. A
 * placeholder stays whole in its field, even ${AWS::Partition} with its colons.
 */
public record Arn(String partition, String service, String region, String account, String resource) {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  public static Optional<Arn> parse(String text) {
    String[] parts = Placeholders.split(text, ':', 6);
    if (parts.length < 6 || !parts[0].equals("arn")) {
      return Optional.empty();
    }
    return Optional.of(new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]));
  }

  public boolean hasAccountId() {
    return ACCOUNT_ID.matcher(account).matches();
  }
}
