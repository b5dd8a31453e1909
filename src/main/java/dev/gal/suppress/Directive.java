package dev.gal.suppress;

import dev.gal.model.SourceRange;
import java.util.List;

/**
 * One suppression written in a file: the rules it names (empty for all), the
 * lines it covers (a comment) or the pointer it covers (x-gal-lint-ignore,
 * within one YAML document), its reason, and where it is written.
 */
public record Directive(List<String> rules, int firstLine, int lastLine, String reason, SourceRange at,
    String pointer, int document) {
  public boolean covers(int line, String findingPointer, int findingDocument) {
    if (pointer == null) {
      return line >= firstLine && line <= lastLine;
    }
    return findingDocument == document && findingPointer != null
        && (pointer.isEmpty() || findingPointer.equals(pointer) || findingPointer.startsWith(pointer + "/"));
  }

  public boolean names(String id, String name) {
    return rules.isEmpty() || rules.contains(id) || rules.contains(name);
  }
}
