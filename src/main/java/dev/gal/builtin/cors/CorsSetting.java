package dev.gal.builtin.cors;

import dev.gal.model.AwsSettings;
import dev.gal.model.JsonPointer;

/** Where CORS rules report about a global setting. */
final class CorsSetting {
  private CorsSetting() {}

  /** The key when it is written; otherwise the AWS block, the nearest place to add it. */
  static JsonPointer at(AwsSettings aws, String key) {
    return aws.has(key) ? aws.blockPointer().append(key) : aws.blockPointer();
  }
}
