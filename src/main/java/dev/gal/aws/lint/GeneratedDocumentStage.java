package dev.gal.aws.lint;

import dev.gal.aws.GeneratedDocument;
import dev.gal.aws.OpenApiGenerator;
import dev.gal.engine.FileLint;
import dev.gal.engine.RuleRegistry;
import dev.gal.engine.RuleRunner;
import dev.gal.engine.RuleSettings;
import dev.gal.engine.Stage;
import dev.gal.model.Document;
import dev.gal.model.GalConfig;
import dev.gal.model.OpenApiDocument;
import dev.gal.model.PositionIndex;
import dev.gal.model.SourceText;
import dev.gal.rule.Severity;

/**
 * For a GAL config without errors, lints the document gal export would write, and reports each finding at the GAL
 * line that produced it. Its constructor is the {@link dev.gal.engine.StageFactory} that every gal run hands its engine.
 */
public final class GeneratedDocumentStage implements Stage {
  private final RuleRegistry registry;
  private final RuleSettings settings;
  private final RuleRunner rules;

  public GeneratedDocumentStage(RuleRegistry registry, RuleSettings settings, RuleRunner rules) {
    this.registry = registry;
    this.settings = settings;
    this.rules = rules;
  }

  @Override
  public String name() {
    return "export and its rules";
  }

  @Override
  public boolean appliesTo(FileLint file) {
    return file.isGalConfig();
  }

  @Override
  public void run(FileLint file) {
    Document document = file.document();
    GalConfig config = new GalConfig(document);
    if (!config.targetsAws() || file.found().stream()
        .anyMatch(f -> settings.severityOf(f.rule()) == Severity.ERROR && !settings.disabled(f.rule()))) {
      return;
    }
    GeneratedDocument generated = new OpenApiGenerator(false, ExportTimeoutLimit.of(config, registry, settings)).generate(config);
    Document openApi = new Document(new SourceText("(generated)", ""), document.number(), generated.document(), new PositionIndex());
    GeneratedSource source = new GeneratedSource(document, generated.sourceMap());
    rules.generated(new OpenApiDocument(openApi), meta -> source.context(meta, settings, file.found()), file.notices());
  }
}
