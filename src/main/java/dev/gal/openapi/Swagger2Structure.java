package dev.gal.openapi;

import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Structural findings of a Swagger 2.0 document: swagger-parser 1.x's
 * messages, through the v2 converter, turned into located findings. gal has
 * no Swagger 2.0 check of its own; this keeps every 2.0 document's findings
 * as they were.
 */
final class Swagger2Structure {
  /**
   * AWS-OAS-029 reports a path variable that an operation does not declare, once per operation and
   * knowing API Gateway's greedy {name+} (declared as name); the parser would say it again per path.
   */
  private static final Pattern UNDECLARED_PATH_PARAMETER = Pattern.compile(
      "Declared path parameter \\S+ needs to be defined as a path parameter in path or operation level$");

  private Swagger2Structure() {}

  static void check(Document document, List<Finding> findings) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    List<String> messages;
    try {
      // The parser reads our tree as text, aliases and merge keys already resolved; positions come from our index.
      messages = new OpenAPIParser().readContents(document.root().toString(), null, options).getMessages();
    } catch (RuntimeException e) {
      // swagger-parser's converters assume a well-formed document; malformed input makes them throw.
      findings.add(Finding.of(OpenApiDiagnostics.STRUCTURE, "swagger-parser could not read the document; check its structure",
          document.positions().locate(JsonPointer.root()).value(), JsonPointer.root()));
      return;
    }
    if (messages != null) {
      messageFindings(document, messages, findings);
    }
  }

  /** Locates each of swagger-parser's messages and gives it its rule. */
  static void messageFindings(Document document, List<String> messages, List<Finding> findings) {
    for (String parsed : messages) {
      if (UNDECLARED_PATH_PARAMETER.matcher(parsed).find()) {
        continue;
      }
      JsonPointer pointer = ParserMessages.resolveParameters(ParserMessages.pointer(parsed), document.root());
      String message = ParserMessages.corrected(parsed, pointer, document.root());
      RuleMeta rule = message.endsWith("is unexpected") ? OpenApiDiagnostics.UNEXPECTED
          : ToleratedDeviations.tolerated(message) ? OpenApiDiagnostics.TOLERATED : OpenApiDiagnostics.STRUCTURE;
      String said = rule == OpenApiDiagnostics.TOLERATED ? message + ToleratedDeviations.NOTE : message;
      findings.add(Finding.of(rule, said, document.positions().locate(pointer).keyOrValue(), pointer));
    }
  }
}
