package dev.gal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.List;

/**
 * swagger-parser's structural messages for an OpenAPI 3.x tree.
 *
 * <p>OpenAPIV3Parser.parseJsonNode calls OpenAPIDeserializer.deserialize,
 * which first converts the whole tree into a Map for JSON Schema parser
 * extensions, then parses the tree itself. gal registers no such extension,
 * so the Map is never read, yet on a 12 MB document it costs tens of
 * milliseconds and tens of megabytes that the collector must copy. This
 * class does what deserialize does after that conversion: parseRoot with a
 * ParseResult set up from the options, and the same messages when parsing
 * throws.
 */
final class OpenApi3Structure {
  private static final String UNEXPECTED_ERROR = "Unexpected error deserialising spec";

  private OpenApi3Structure() {}

  static List<String> messages(JsonNode root, ParseOptions options) {
    OpenAPIDeserializer.ParseResult parse = new OpenAPIDeserializer.ParseResult();
    parse.setOaiAuthor(options.isOaiAuthor());
    parse.setInferSchemaType(options.isInferSchemaType());
    parse.setAllowEmptyStrings(options.isAllowEmptyString());
    parse.setValidateInternalRefs(options.isValidateInternalRefs());
    parse.setExplicitStyleAndExplode(options.isExplicitStyleAndExplode());
    try {
      new OpenAPIDeserializer().parseRoot(root, parse, null);
    } catch (Exception e) {
      String message = e.getMessage();
      return List.of(message == null || message.isBlank() ? UNEXPECTED_ERROR : message);
    }
    return parse.getMessages();
  }
}
