package dev.gal.schema;

import dev.gal.rule.Category;
import dev.gal.rule.FixKind;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;

/** The findings of the JSON-Schema stage, each kind under a stable id. */
public final class SchemaDiagnostics {
  private static final String FORMAT_DOCS = "https://github.com/pt9912/x-gal#readme";

  public static final RuleMeta UNKNOWN_KEY = meta("GAL-SCHEMA-001", "unknown-key",
      "A key that the GAL config format does not define",
      "GAL ignores unknown keys at the top, service and route level, so a typo such as 'method:' "
          + "for 'methods:' silently changes what the gateway does; inside blocks that GAL builds "
          + "into objects (the AWS block, upstream, cors, ...) an unknown key makes GAL crash. The "
          + "message suggests the closest known key; when no other known key is as close, gal lint --fix "
          + "renames the key to it.").withFix(FixKind.SAFE);
  public static final RuleMeta MISSING_KEY = meta("GAL-SCHEMA-002", "missing-required-key",
      "A key the GAL config format requires is absent",
      "GAL rejects a config without version, provider or services, a service without name, type, "
          + "protocol, upstream or routes, and a route without path_prefix. Add the key.");
  public static final RuleMeta WRONG_TYPE = meta("GAL-SCHEMA-003", "wrong-type",
      "A value has the wrong type",
      "GAL does not check types. A string where a list belongs ('methods: GET') becomes the methods "
          + "G, E and T; 'cors_enabled: \"false\"' counts as true; 'version: 1.0' stays a number "
          + "where OpenAPI needs a string. Write the value with the type the message names.");
  public static final RuleMeta INVALID_VALUE = meta("GAL-SCHEMA-004", "invalid-value",
      "A value is not one of the allowed values or has the wrong form",
      "Enumerated settings (provider, endpoint_type, integration_type, authorizer_type, "
          + "api_key_source, HTTP methods, ...) accept only the listed values, in the listed case, and "
          + "durations are written like \"500ms\", \"5s\" or \"2m\". The message lists what is accepted "
          + "and suggests the closest value; gal lint --fix writes it when it differs only in case.").withFix(FixKind.SAFE);
  public static final RuleMeta OUT_OF_RANGE = meta("GAL-SCHEMA-005", "out-of-range",
      "A number, string or list is outside its allowed size",
      "Ports are 1 to 65535, status codes 100 to 599, lists such as services need at least one "
          + "entry. The message gives the accepted range.");
  public static final RuleMeta VIOLATION = meta("GAL-SCHEMA-006", "schema-violation",
      "The value breaks another constraint of the GAL config schema",
      "A constraint of schemas/gal-config.schema.json that has no rule of its own, such as "
          + "duplicate entries in a list that must be unique.");

  public static final List<RuleMeta> ALL = List.of(UNKNOWN_KEY, MISSING_KEY, WRONG_TYPE, INVALID_VALUE, OUT_OF_RANGE, VIOLATION);

  private SchemaDiagnostics() {}

  private static RuleMeta meta(String id, String name, String summary, String description) {
    return new RuleMeta(id, name, summary, description, Severity.ERROR, Category.SCHEMA, FORMAT_DOCS, "0.1.0");
  }
}
