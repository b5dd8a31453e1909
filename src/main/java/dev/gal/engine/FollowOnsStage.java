package dev.gal.engine;

import dev.gal.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the findings that only follow from a misspelled key: those the rules would not report were the key spelled
 * as the schema stage suggests. The rules, and the generated document's, run again on the corrected document for that.
 */
final class FollowOnsStage implements Stage {
  private final List<Stage> rerun;

  FollowOnsStage(List<Stage> rerun) {
    this.rerun = List.copyOf(rerun);
  }

  @Override
  public String name() {
    return "misspelling follow-ons";
  }

  @Override
  public boolean appliesTo(FileLint file) {
    return file.isGalConfig() && !file.misspellings().isEmpty();
  }

  @Override
  public void run(FileLint file) {
    List<Finding> found = file.found();
    List<Finding> schema = List.copyOf(found.subList(0, file.schemaFindings()));
    List<Finding> later = new ArrayList<>(found.subList(schema.size(), found.size()));
    List<Finding> kept = MisspellingFollowOns.withoutFollowOns(later, file.document(), file.misspellings(), meant -> {
      // The corrected document's notices would repeat the file's own.
      FileLint corrected = file.variant(meant, schema, new ArrayList<>());
      // Timed as this stage's, not again as the rules'.
      rerun.stream().filter(stage -> stage.appliesTo(corrected)).forEach(stage -> stage.run(corrected));
      return corrected.found().subList(schema.size(), corrected.found().size());
    });
    found.subList(schema.size(), found.size()).clear();
    found.addAll(kept);
  }
}
