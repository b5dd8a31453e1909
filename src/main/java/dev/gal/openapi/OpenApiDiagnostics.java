package dev.gal.openapi;

import dev.gal.rule.AppliesTo;
import dev.gal.rule.Category;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;

/** Findings of the OpenAPI stage itself: structure and $ref safety. */
public final class OpenApiDiagnostics {
  private static final String IMPORT_DOCS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html";

  public static final RuleMeta STRUCTURE = meta("GAL-OAS-001", "openapi-structure-invalid",
      "The document breaks the OpenAPI or Swagger structure",
      "The structure check reports a malformed part, such as a parameters field that is no list, a parameter "
          + "without name or in, a path parameter without required: true, or a security scheme without type or "
          + "without the fields its type requires. OpenAPI 3.x documents are checked by gal against the fixed "
          + "fields of the OpenAPI 3.0.3 specification, Swagger 2.0 documents by swagger-parser. Gaps that the "
          + "guide's own imported samples have are GAL-OAS-003 instead.",
      Severity.ERROR);
  public static final RuleMeta UNEXPECTED = meta("GAL-OAS-002", "openapi-unexpected-attribute",
      "The document has an attribute the OpenAPI version does not define",
      "The structure check reports an attribute that the document's OpenAPI or Swagger version does not "
          + "define at that place (x- extensions are always allowed); it is ignored on import. Remove it, or move it to an x- extension.", Severity.WARNING);
  public static final RuleMeta TOLERATED = new RuleMeta("GAL-OAS-003", "openapi-gap-tolerated",
      "The document leaves out something the OpenAPI specification requires, which AWS import tolerates",
      "The structure check reports a required part that is missing or empty: an operation's responses, a "
          + "response's description, a Swagger 2.0 parameter's type, info.version, or the flows of an "
          + "oauth2 scheme that holds a JWT authorizer. The Developer Guide's own samples leave these out "
          + "and are imported (its request validation sample even with failonwarning=true), so API "
          + "Gateway does not reject the document; other OpenAPI tools may. Add the part to keep the "
          + "document valid OpenAPI.",
      Severity.WARNING, Category.OPENAPI,
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html", "0.1.0",
      AppliesTo.OPENAPI, List.of(),
      "A property or structure is invalid according to the OpenAPI specification, but it doesn’t block API creation.");
  public static final RuleMeta REMOTE_REF = meta("GAL-REF-001", "remote-ref-refused",
      "A $ref points to a URL, which is not fetched",
      "gal never fetches remote references, so that linting an untrusted document cannot make the "
          + "machine contact another host, and the referenced part stays unchecked. Inline it or use a "
          + "relative file; --allow-remote-refs accepts remote refs, still without fetching them.", Severity.ERROR);
  public static final RuleMeta OUTSIDE_REF = meta("GAL-REF-002", "ref-outside-tree",
      "A $ref points to a file outside the linted directory tree",
      "Relative file references are followed only inside the folder of the linted document, so that "
          + "a document cannot make gal read arbitrary files such as ../../../etc/passwd.", Severity.ERROR);
  public static final RuleMeta UNRESOLVED_REF = meta("GAL-REF-003", "ref-unresolved",
      "A $ref names something that does not exist",
      "A local reference (#/components/...) or a relative file reference points to nothing. API "
          + "Gateway's import fails on it.", Severity.ERROR);

  public static final List<RuleMeta> ALL = List.of(STRUCTURE, UNEXPECTED, TOLERATED, REMOTE_REF, OUTSIDE_REF, UNRESOLVED_REF);

  private OpenApiDiagnostics() {}

  private static RuleMeta meta(String id, String name, String summary, String description, Severity severity) {
    return new RuleMeta(id, name, summary, description, severity, Category.OPENAPI, IMPORT_DOCS, "0.1.0",
        AppliesTo.OPENAPI, List.of());
  }
}
