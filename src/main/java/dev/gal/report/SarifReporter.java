package dev.gal.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gal.engine.FileReport;
import dev.gal.engine.LintReport;
import dev.gal.engine.ToolNotice;
import dev.gal.rule.Finding;
import dev.gal.rule.RuleMeta;
import dev.gal.suppress.SuppressedFinding;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 built from java-sarif's typed objects, shaped for GitHub code
 * scanning: rules with help, relative artifact URIs, regions and line-hash
 * fingerprints, fixes, and tool problems as execution notifications.
 */
final class SarifReporter implements Reporter {
  private static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public void write(LintReport report, ReportOptions options, Writer out) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<ReportingDescriptor> rules = new ArrayList<>();
    for (RuleMeta meta : report.rules()) {
      ruleIndex.put(meta.id(), rules.size());
      rules.add(descriptor(meta));
    }
    List<Result> results = new ArrayList<>();
    for (FileReport file : report.files()) {
      LineFingerprint fingerprints = new LineFingerprint();
      String uri = SarifPaths.artifactUri(file, options.baseDir());
      for (Finding finding : file.findings()) {
        Result result = result(finding, uri, ruleIndex.get(finding.rule().id()),
            fingerprints.next(finding.rule().id(), file.source().line(finding.range().start().line())));
        if (finding.fix() != null) {
          result.setFixes(SarifFixes.of(finding, file, uri));
        }
        results.add(result);
      }
      for (SuppressedFinding suppressed : file.suppressed()) {
        Finding finding = suppressed.finding();
        Result result = result(finding, uri, ruleIndex.get(finding.rule().id()),
            fingerprints.next(finding.rule().id(), file.source().line(finding.range().start().line())));
        result.setSuppressions(new LinkedHashSet<>(List.of(new Suppression()
            .withKind(Suppression.Kind.fromValue(suppressed.kind().sarifName()))
            .withStatus(Suppression.Status.ACCEPTED)
            .withJustification(suppressed.justification()))));
        if (suppressed.baseline()) {
          result.setBaselineState(Result.BaselineState.UNCHANGED);
        }
        results.add(result);
      }
    }
    Run run = new Run()
        .withTool(new Tool().withDriver(new ToolComponent()
            .withName(ToolInfo.NAME)
            .withVersion(ToolInfo.version())
            .withSemanticVersion(ToolInfo.version())
            .withInformationUri(URI.create(ToolInfo.INFORMATION_URI))
            .withRules(new LinkedHashSet<>(rules))))
        .withInvocations(List.of(invocation(report, options)))
        .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
        .withAutomationDetails(new RunAutomationDetails().withId(options.sarifCategory() + "/"))
        .withResults(results);
    SarifSchema210 sarif = new SarifSchema210()
        .with$schema(URI.create(SCHEMA_URI))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
    ObjectMapper mapper = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.writeValue(out, sarif);
    out.write('\n');
    out.flush();
  }

  private static ReportingDescriptor descriptor(RuleMeta meta) {
    String markdown = "%s%n%n%s%n%nSource: [%s](%s)".formatted(meta.summary(), meta.description(), meta.reference(), meta.reference());
    PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of(
        meta.category().name().toLowerCase(Locale.ROOT), "aws-api-gateway")));
    return new ReportingDescriptor()
        .withId(meta.id())
        .withName(meta.name())
        .withShortDescription(new MultiformatMessageString().withText(meta.summary()))
        .withFullDescription(new MultiformatMessageString().withText(meta.description()))
        .withHelp(new MultiformatMessageString()
            .withText(meta.description() + " See " + meta.reference())
            .withMarkdown(markdown))
        .withHelpUri(URI.create(meta.reference()))
        .withDefaultConfiguration(new ReportingConfiguration()
            .withLevel(ReportingConfiguration.Level.fromValue(meta.severity().sarifLevel())))
        .withProperties(properties);
  }

  private static Result result(Finding finding, String uri, int ruleIndex, String fingerprint) {
    Region region = new Region()
        .withStartLine(finding.range().start().line())
        .withStartColumn(finding.range().start().column())
        .withEndLine(finding.range().end().line())
        .withEndColumn(finding.range().end().column());
    Result result = new Result()
        .withRuleId(finding.rule().id())
        .withRuleIndex(ruleIndex)
        .withLevel(Result.Level.fromValue(finding.severity().sarifLevel()))
        .withMessage(new Message().withText(finding.message()))
        .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
            .withArtifactLocation(new ArtifactLocation().withUri(uri))
            .withRegion(region))))
        .withPartialFingerprints(new PartialFingerprints()
            .withAdditionalProperty("primaryLocationLineHash", fingerprint));
    if (finding.pointer() != null) {
      PropertyBag properties = new PropertyBag();
      properties.setAdditionalProperty("jsonPointer", finding.pointerText());
      result.setProperties(properties);
    }
    return result;
  }

  private static Invocation invocation(LintReport report, ReportOptions options) {
    Set<Notification> notifications = new LinkedHashSet<>();
    for (ToolNotice notice : report.notices()) {
      if (notice.level() == ToolNotice.Level.VERBOSE) {
        continue;
      }
      Notification notification = new Notification()
          .withLevel(Notification.Level.fromValue(notice.level().name().toLowerCase(Locale.ROOT)))
          .withMessage(new Message().withText(notice.path() + ": " + notice.message()));
      notifications.add(notification);
    }
    Invocation invocation = new Invocation().withExecutionSuccessful(!report.hasToolErrors());
    if (!notifications.isEmpty()) {
      invocation.setToolExecutionNotifications(notifications.stream().toList());
    }
    return invocation;
  }

}
