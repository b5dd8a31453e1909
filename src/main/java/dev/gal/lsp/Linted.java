package dev.gal.lsp;

import dev.gal.rule.Finding;
import java.util.List;

/**
 * What the server last found in one version of a document: the findings, in
 * the text they were found in, and the problems that are not findings (a lint
 * config that cannot be used, a document over the size limit) shown as
 * diagnostics at the top.
 */
record Linted(int version, LspText text, List<Finding> findings, List<String> problems) {
  static final Linted NOTHING = new Linted(-1, new LspText(""), List.of(), List.of());
}
