package dev.gal.engine;

import dev.gal.load.LoadResult;
import dev.gal.model.Document;
import dev.gal.model.DocumentKind;
import dev.gal.rule.Finding;
import dev.gal.schema.Misspelling;
import dev.gal.suppress.SuppressedFinding;
import dev.gal.suppress.Suppressor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * What the stages know about one file as it goes through them. Document stages see one document at a time
 * ({@link #document()}) and add to its findings; file stages then work on the findings of all documents.
 */
public final class FileLint {
  private final InputFile input;
  private final List<ToolNotice> notices;
  private final boolean fixing;
  private byte[] bytes;
  private LoadResult loaded;
  private final List<Suppressor.Located> located = new ArrayList<>();
  private Document document;
  private List<Finding> found;
  private int schemaFindings;
  private List<Misspelling> misspellings = List.of();
  private List<Finding> active;
  private List<SuppressedFinding> suppressed;
  private FileReport report;
  private ExecutorService sideExecutor;

  FileLint(InputFile input, List<ToolNotice> notices, boolean fixing) {
    this.input = input;
    this.notices = notices;
    this.fixing = fixing;
  }

  /** A file already loaded, as the fixer and the language server have it. */
  FileLint(InputFile input, LoadResult loaded, List<ToolNotice> notices) {
    this(input, notices, false);
    this.loaded = loaded;
  }

  /** The same file at another document, with its own findings and notices: to rerun stages on a variant of it. */
  FileLint variant(Document other, List<Finding> startingWith, List<ToolNotice> otherNotices) {
    FileLint variant = new FileLint(input, loaded, otherNotices);
    variant.at(other, new ArrayList<>(startingWith));
    variant.misspellings = misspellings;
    variant.schemaFindings = startingWith.size();
    return variant;
  }

  public InputFile input() {
    return input;
  }

  public List<ToolNotice> notices() {
    return notices;
  }

  public void notice(ToolNotice.Level level, String message) {
    notices.add(new ToolNotice(level, input.displayPath(), message));
  }

  /** Whether the bytes as read are kept, because the file is to be fixed. */
  boolean fixing() {
    return fixing;
  }

  byte[] bytes() {
    return bytes;
  }

  void loaded(LoadResult result, byte[] read) {
    this.loaded = result;
    this.bytes = read;
  }

  public LoadResult loaded() {
    return loaded;
  }

  /** The findings of all documents so far, each with its document's number. */
  public List<Suppressor.Located> located() {
    return located;
  }

  void at(Document next, List<Finding> findings) {
    this.document = next;
    this.found = findings;
    this.schemaFindings = 0;
    this.misspellings = List.of();
  }

  /** The document the document stages are at; null once they are done. */
  public Document document() {
    return document;
  }

  public boolean isOpenApi() {
    return document != null && document.kind() == DocumentKind.OPENAPI;
  }

  public boolean isGalConfig() {
    return document != null && document.kind() != DocumentKind.OPENAPI;
  }

  /** The current document's findings, to which its stages add. */
  public List<Finding> found() {
    return found;
  }

  /** What the schema stage found: how many of the first findings are its own, and the keys it took for misspellings. */
  void schemaChecked(List<Misspelling> taken) {
    this.schemaFindings = found.size();
    this.misspellings = taken;
  }

  int schemaFindings() {
    return schemaFindings;
  }

  List<Misspelling> misspellings() {
    return misspellings;
  }

  void suppressed(List<Finding> stillActive, List<SuppressedFinding> gone) {
    this.active = stillActive;
    this.suppressed = gone;
  }

  List<Finding> active() {
    return active;
  }

  List<SuppressedFinding> suppressed() {
    return suppressed;
  }

  /** An executor for a stage to run beside another on this file, or null when the file's stages run one by one. */
  ExecutorService sideExecutor() {
    return sideExecutor;
  }

  FileLint sideExecutor(ExecutorService executor) {
    this.sideExecutor = executor;
    return this;
  }

  void report(FileReport done) {
    this.report = done;
  }

  public FileReport report() {
    return report;
  }
}
