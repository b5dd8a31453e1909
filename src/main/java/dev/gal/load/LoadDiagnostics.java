package dev.gal.load;

import dev.gal.rule.Category;
import dev.gal.rule.RuleMeta;
import dev.gal.rule.Severity;
import java.util.List;

/** The findings the loader itself can produce, with stable ids like any rule. */
public final class LoadDiagnostics {
  private static final String YAML_SPEC = "https://yaml.org/spec/1.2.2/";

  public static final RuleMeta SYNTAX = meta("GAL-LOAD-001", "syntax-error",
      "The file is not well-formed YAML or JSON",
      "The parser stopped at this position. Nothing else in the document can be checked until "
          + "the syntax is fixed. Common causes are tabs used for indentation, an unclosed quote or "
          + "bracket, a key and value on one line without a space after the colon, and a control "
          + "character such as a raw ESC byte, which YAML and JSON allow only as an escape in a quoted string.",
      YAML_SPEC);
  public static final RuleMeta DUPLICATE_KEY = meta("GAL-LOAD-002", "duplicate-key",
      "A mapping contains the same key twice",
      "YAML requires keys to be unique. Most loaders, GAL's among them, silently keep the last "
          + "value, so the first one is lost without a word. Remove or rename one of the keys.",
      YAML_SPEC + "#mapping");
  public static final RuleMeta LIMIT = meta("GAL-LOAD-003", "input-limit-exceeded",
      "The input exceeds a safety limit (size, nesting, alias expansion or document count)",
      "The linter reads untrusted files, so it refuses input that would take unbounded time or "
          + "memory: files over the size limit, nesting deeper than the depth limit, aliases that "
          + "expand to more nodes than the expansion limit (a 'billion laughs' bomb), recursive "
          + "aliases, and streams with too many documents. Simplify the file.",
      "https://en.wikipedia.org/wiki/Billion_laughs_attack");
  public static final RuleMeta ENCODING = meta("GAL-LOAD-004", "invalid-encoding",
      "The file is not valid UTF-8",
      "GAL configs and OpenAPI documents are read as UTF-8. The byte at this position does not "
          + "form a valid UTF-8 sequence; the file was probably saved as Latin-1, Windows-1252 or "
          + "UTF-16. Re-save it as UTF-8.",
      YAML_SPEC + "#52-character-encodings");
  public static final RuleMeta BINARY = meta("GAL-LOAD-005", "binary-file",
      "The file contains NUL bytes and is not text",
      "A NUL byte never occurs in a YAML or JSON text file. The path probably names a binary "
          + "file, an archive or a compiled artifact. Exclude it from the paths given to gal lint.",
      YAML_SPEC + "#51-character-set");
  public static final RuleMeta EMPTY = meta("GAL-LOAD-006", "empty-document",
      "The file holds no document",
      "The file is empty, or holds only comments. An empty GAL config makes GAL fail at load "
          + "time. Add the config, or remove the file from the linted paths.",
      YAML_SPEC + "#91-documents");
  public static final RuleMeta ROOT_NOT_MAPPING = meta("GAL-LOAD-007", "root-not-mapping",
      "The document root is not a mapping",
      "A GAL config and an OpenAPI document are mappings at the top level (version, provider, "
          + "services, ...). This document's root is a list or a single value, so none of its "
          + "keys can be read.",
      YAML_SPEC + "#mapping");

  public static final List<RuleMeta> ALL = List.of(SYNTAX, DUPLICATE_KEY, LIMIT, ENCODING, BINARY, EMPTY, ROOT_NOT_MAPPING);

  private LoadDiagnostics() {}

  private static RuleMeta meta(String id, String name, String summary, String description, String docs) {
    return new RuleMeta(id, name, summary, description, Severity.ERROR, Category.LOAD, docs, "0.1.0");
  }
}
