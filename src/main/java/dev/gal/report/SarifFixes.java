package dev.gal.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Fix;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import dev.gal.engine.FileReport;
import dev.gal.model.SourcePosition;
import dev.gal.model.TextEdit;
import dev.gal.rule.Finding;
import dev.gal.rule.FixKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A finding's fix as a SARIF fix: one artifact change with a replacement per
 * edit, each deleting a region (empty for an insertion) and inserting text.
 */
final class SarifFixes {
  private SarifFixes() {}

  static Set<Fix> of(Finding finding, FileReport file, String uri) {
    List<Replacement> replacements = finding.fix().edits().stream().map(edit -> replacement(edit, file)).toList();
    String description = finding.rule().fix() == FixKind.SAFE
        ? "Safe fix: gal lint --fix applies it"
        : "Unsafe fix, which changes what the API does: gal lint --fix --unsafe-fixes applies it";
    Fix fix = new Fix()
        .withDescription(new Message().withText(description))
        .withArtifactChanges(new LinkedHashSet<>(List.of(new ArtifactChange()
            .withArtifactLocation(new ArtifactLocation().withUri(uri))
            .withReplacements(replacements))));
    return new LinkedHashSet<>(List.of(fix));
  }

  private static Replacement replacement(TextEdit edit, FileReport file) {
    SourcePosition start = file.source().position(edit.start());
    SourcePosition end = file.source().position(edit.end());
    return new Replacement()
        .withDeletedRegion(new Region()
            .withStartLine(start.line())
            .withStartColumn(start.column())
            .withEndLine(end.line())
            .withEndColumn(end.column()))
        .withInsertedContent(new ArtifactContent().withText(edit.replacement()));
  }
}
