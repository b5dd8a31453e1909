package dev.gal.schema;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.gal.fix.EditPlanner;
import dev.gal.model.Document;
import dev.gal.rule.Finding;
import dev.gal.rule.Fix;

/** The fixes of schema findings whose intended spelling is certain. */
final class SchemaFixes {
  private SchemaFixes() {}

  /** The finding with the fix that writes what was meant: the key renamed, or the value in the allowed case. */
  static Finding withFix(Finding finding, Document document, SchemaMessages.Described described) {
    Fix fix = described.memberName() != null
        ? Fix.renameKey(finding.pointer(), described.meant())
        : Fix.replaceValue(finding.pointer(), TextNode.valueOf(described.meant()));
    return EditPlanner.locate(document, fix).map(finding::withFix).orElse(finding);
  }
}
