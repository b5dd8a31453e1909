package dev.gal.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.model.SourcePosition;
import dev.gal.model.TextEdit;
import dev.gal.rule.Finding;
import dev.gal.rule.FixKind;
import dev.gal.rule.Severity;
import dev.gal.suppress.SuppressedFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * A stable machine-readable format (documented in docs/json-format.md). Fields
 * are written in a fixed order by hand so that the output never depends on
 * reflection order.
 */
final class JsonReporter implements Reporter {
  static final int FORMAT_VERSION = 1;

  @Override
  public void write(LintReport report, ReportOptions options, Writer out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withoutSpacesInObjectEntries()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      json.setPrettyPrinter(printer);
      json.writeStartObject();
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", ToolInfo.NAME);
      json.writeStringField("version", ToolInfo.version());
      json.writeEndObject();
      json.writeArrayFieldStart("findings");
      for (FileReport file : report.files()) {
        for (Finding finding : file.findings()) {
          writeFinding(json, file, finding);
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("suppressed");
      for (FileReport file : report.files()) {
        for (SuppressedFinding suppressed : file.suppressed()) {
          json.writeStartObject();
          writeFields(json, file, suppressed.finding());
          json.writeStringField("suppression", suppressed.baseline() ? "baseline" : suppressed.kind().sarifName());
          json.writeStringField("justification", suppressed.justification());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      writeCounts(json, report, options);
      json.writeArrayFieldStart("notices");
      for (ToolNotice notice : report.notices()) {
        if (notice.level() == ToolNotice.Level.VERBOSE) {
          continue;
        }
        json.writeStartObject();
        json.writeStringField("level", notice.level().name().toLowerCase(Locale.ROOT));
        json.writeStringField("path", notice.path());
        json.writeStringField("message", notice.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeFinding(JsonGenerator json, FileReport file, Finding finding) throws IOException {
    json.writeStartObject();
    writeFields(json, file, finding);
    if (finding.fix() != null) {
      writeFix(json, file, finding);
    }
    json.writeEndObject();
  }

  /** The fix as edits of the file as it is now: each replaces the text from line:column to endLine:endColumn. */
  private static void writeFix(JsonGenerator json, FileReport file, Finding finding) throws IOException {
    json.writeObjectFieldStart("fix");
    json.writeBooleanField("safe", finding.rule().fix() == FixKind.SAFE);
    json.writeArrayFieldStart("edits");
    for (TextEdit edit : finding.fix().edits()) {
      SourcePosition start = file.source().position(edit.start());
      SourcePosition end = file.source().position(edit.end());
      json.writeStartObject();
      json.writeNumberField("line", start.line());
      json.writeNumberField("column", start.column());
      json.writeNumberField("endLine", end.line());
      json.writeNumberField("endColumn", end.column());
      json.writeStringField("replacement", edit.replacement());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeFields(JsonGenerator json, FileReport file, Finding finding) throws IOException {
    json.writeStringField("ruleId", finding.rule().id());
    json.writeStringField("ruleName", finding.rule().name());
    json.writeStringField("severity", finding.severity().label());
    json.writeStringField("message", finding.message());
    json.writeStringField("file", file.displayPath());
    json.writeNumberField("line", finding.range().start().line());
    json.writeNumberField("column", finding.range().start().column());
    json.writeNumberField("endLine", finding.range().end().line());
    json.writeNumberField("endColumn", finding.range().end().column());
    if (finding.pointer() != null) {
      json.writeStringField("pointer", finding.pointerText());
    } else {
      json.writeNullField("pointer");
    }
  }

  private static void writeCounts(JsonGenerator json, LintReport report, ReportOptions options) throws IOException {
    Map<Severity, Integer> counts = report.countsBySeverity();
    json.writeObjectFieldStart("counts");
    json.writeNumberField("files", report.files().size());
    for (Severity severity : Severity.values()) {
      json.writeNumberField(severity.label(), counts.get(severity));
    }
    if (options.fixRun() != ReportOptions.FixRun.NONE) {
      json.writeNumberField("fixesApplied", FixCounts.applied(report));
    }
    json.writeEndObject();
  }
}
