package dev.gal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.ObjectWalk;
import dev.gal.model.NodeLocation;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an OpenAPI document before its rules run: swagger-parser's structural
 * messages, located with the position index, and every $ref. References are
 * never resolved by the parser, so nothing is fetched; remote refs and file
 * refs that leave the linted folder are refused with a finding.
 */
public final class OpenApiStage {
  /**
   * AWS-OAS-029 reports a path variable that an operation does not declare, once per operation and
   * knowing API Gateway's greedy {name+} (declared as name); the parser would say it again per path.
   */
  private static final Pattern UNDECLARED_PATH_PARAMETER = Pattern.compile(
      "Declared path parameter \\S+ needs to be defined as a path parameter in path or operation level$");
  private static final int MAX_DEPTH = 256;

  private final boolean allowRemoteRefs;

  public OpenApiStage() {
    this(false);
  }

  public OpenApiStage(boolean allowRemoteRefs) {
    this.allowRemoteRefs = allowRemoteRefs;
  }

  public void check(Document document, Path file, List<Finding> findings) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    // The parser reads our tree, aliases and merge keys already resolved; positions come from our index.
    // OpenAPI 3 trees are handed over as they are; Swagger 2.0 goes through the parser's converter as text.
    List<String> messages;
    try {
      messages = document.root().has("openapi")
          ? OpenApi3Structure.messages(document.root(), options)
          : new OpenAPIParser().readContents(document.root().toString(), null, options).getMessages();
    } catch (RuntimeException e) {
      // swagger-parser's converters assume a well-formed document; malformed input makes them throw.
      findings.add(Finding.of(OpenApiDiagnostics.STRUCTURE, "swagger-parser could not read the document; check its structure",
          document.positions().locate(JsonPointer.root()).value(), JsonPointer.root()));
      checkRefs(document, file, findings);
      return;
    }
    if (messages != null) {
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
    checkRefs(document, file, findings);
  }

  private void checkRefs(Document document, Path file, List<Finding> findings) {
    ObjectWalk.walk(document.root(), MAX_DEPTH, (node, at) -> {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        checkRef(document, ref.textValue(), at.pointer().append("$ref"), file, findings);
      }
    });
  }

  private void checkRef(Document document, String ref, JsonPointer at, Path file, List<Finding> findings) {
    NodeLocation location = document.positions().locate(at);
    if (ref.startsWith("#")) {
      String target = ref.substring(1);
      if (!target.isEmpty() && (!target.startsWith("/") || document.root().at(target).isMissingNode())) {
        findings.add(Finding.of(OpenApiDiagnostics.UNRESOLVED_REF, "$ref %s names nothing in this document".formatted(ref),
            location.value(), at));
      }
      return;
    }
    if (ref.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      if (!allowRemoteRefs) {
        findings.add(Finding.of(OpenApiDiagnostics.REMOTE_REF,
            "$ref %s is remote and was not fetched; pass --allow-remote-refs to accept it unchecked".formatted(ref), location.value(), at));
      }
      return;
    }
    if (file == null) {
      return;
    }
    String filePart = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    Path base = file.toAbsolutePath().normalize().getParent();
    Path target = base.resolve(filePart).normalize();
    if (!target.startsWith(base)) {
      findings.add(Finding.of(OpenApiDiagnostics.OUTSIDE_REF,
          "$ref %s leaves the folder of the linted document and was not read".formatted(ref), location.value(), at));
    } else if (!Files.isRegularFile(target)) {
      findings.add(Finding.of(OpenApiDiagnostics.UNRESOLVED_REF, "$ref %s names a file that does not exist".formatted(ref),
          location.value(), at));
    }
  }
}
