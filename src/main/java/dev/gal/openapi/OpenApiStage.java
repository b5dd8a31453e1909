package dev.gal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.NodeLocation;
import dev.gal.model.ObjectWalk;
import dev.gal.openapi.structure.OpenApi3StructureCheck;
import dev.gal.openapi.structure.StructureProblem;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an OpenAPI document before its rules run: its structure (gal's own
 * check for OpenAPI 3.x, swagger-parser's messages for Swagger 2.0), located
 * with the position index, and every $ref. References are never resolved, so
 * nothing is fetched; remote refs and file refs that leave the linted folder
 * are refused with a finding.
 */
public final class OpenApiStage {
  private static final int MAX_DEPTH = 256;

  private final boolean allowRemoteRefs;

  public OpenApiStage() {
    this(false);
  }

  public OpenApiStage(boolean allowRemoteRefs) {
    this.allowRemoteRefs = allowRemoteRefs;
  }

  /** Checks a document parsed from its source text. */
  public void check(Document document, Path file, List<Finding> findings) {
    if (document.root().has("openapi")) {
      structureFindings(document, OpenApi3StructureCheck.check(document.root()), findings);
    } else {
      Swagger2Structure.check(document, findings);
    }
    checkRefs(document, file, findings);
  }

  static void structureFindings(Document document, List<StructureProblem> problems, List<Finding> findings) {
    for (StructureProblem problem : problems) {
      String message = problem.message();
      RuleMeta rule = problem.kind() == StructureProblem.Kind.UNEXPECTED ? OpenApiDiagnostics.UNEXPECTED
          : ToleratedDeviations.tolerated(message) ? OpenApiDiagnostics.TOLERATED : OpenApiDiagnostics.STRUCTURE;
      String said = rule == OpenApiDiagnostics.TOLERATED ? message + ToleratedDeviations.NOTE : message;
      findings.add(Finding.of(rule, said, document.positions().locate(problem.pointer()).keyOrValue(), problem.pointer()));
    }
  }

  private void checkRefs(Document document, Path file, List<Finding> findings) {
    if (!document.source().mayHold("$ref")) {
      return;
    }
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
