package dev.gal.engine;

/**
 * Makes a stage from an engine's rules and settings, so that the engine can run a stage it knows nothing of: the lint
 * of the document gal export would write lives with export, and whoever wires the run hands it in. The engine runs it
 * on each document after the rules, and again with them on a misspelling's corrected document.
 */
@FunctionalInterface
public interface StageFactory {
  Stage create(RuleRegistry registry, RuleSettings settings, RuleRunner rules);
}
