package dev.gal.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.load.LoadDiagnostics;
import dev.gal.load.LoadLimits;
import dev.gal.load.LoadResult;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import dev.gal.model.JsonPointer;
import dev.gal.model.SourcePosition;
import dev.gal.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline file: {"formatVersion": 2, "entries": [{rule, file, pointer, hash}, ...]},
 * sorted, one entry per line, so that it diffs well. Version 2 names files
 * relative to the baseline's own folder. Version 1 named them as they were
 * typed, relative to the current directory; reading converts them.
 */
public final class BaselineFile {
  private static final int VERSION = 2;
  private static final String NOT_A_BASELINE = "this is not a gal baseline, which is a JSON object with formatVersion and entries";

  private BaselineFile() {}

  /** The baseline in {@code file}. */
  public static Baseline read(Path file) throws BaselineException {
    if (Files.isDirectory(file)) {
      throw new BaselineException("it is a folder");
    }
    LoadResult loaded;
    try {
      loaded = new Loader(LoadLimits.DEFAULTS).load(file, file.toString());
    } catch (IOException e) {
      throw new BaselineException(describe(e));
    }
    if (!loaded.findings().isEmpty()) {
      Finding first = loaded.findings().stream().sorted(Finding.ORDER).findFirst().orElseThrow();
      throw located(first.range().start(), first.rule().id().equals(LoadDiagnostics.ROOT_NOT_MAPPING.id()) ? NOT_A_BASELINE : first.message());
    }
    if (loaded.documents().size() != 1) {
      throw new BaselineException(NOT_A_BASELINE);
    }
    Path folder = folderOf(file);
    return new Baseline(folder, entries(loaded.documents().get(0), folder));
  }

  /** The folder that the file names of the baseline in {@code file} are relative to. */
  public static Path folderOf(Path file) {
    return file.toAbsolutePath().normalize().getParent();
  }

  private static List<Baseline.Entry> entries(Document document, Path folder) throws BaselineException {
    JsonNode root = document.root();
    JsonNode version = root.path("formatVersion");
    if (version.isMissingNode()) {
      throw located(at(document, JsonPointer.root()), NOT_A_BASELINE);
    }
    if (!version.isInt() || version.intValue() < 1 || version.intValue() > VERSION) {
      throw located(at(document, JsonPointer.of("formatVersion")), version.isInt() && version.intValue() > VERSION
          ? "formatVersion %d is newer than this gal reads (1 to %d); update gal".formatted(version.intValue(), VERSION)
          : "formatVersion must be a whole number from 1 to %d".formatted(VERSION));
    }
    if (!root.path("entries").isArray()) {
      throw located(at(document, JsonPointer.of("entries")), "entries must be a list");
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    JsonNode list = root.get("entries");
    for (int i = 0; i < list.size(); i++) {
      JsonNode e = list.get(i);
      SourcePosition position = at(document, JsonPointer.of("entries").append(i));
      if (!(e.path("rule").isTextual() && e.path("file").isTextual() && e.path("pointer").isTextual() && e.path("hash").isTextual())) {
        throw located(position, "entry %d needs the text fields rule, file, pointer and hash".formatted(i + 1));
      }
      String file = e.get("file").textValue();
      try {
        // Version 1 named files relative to the current directory of the run that wrote it.
        file = version.intValue() == 1 ? BaselineKeys.fileKey(folder, Path.of(file)) : Path.of(file).normalize().toString().replace('\\', '/');
      } catch (InvalidPathException invalid) {
        throw located(position, "entry %d names a file that cannot exist: %s".formatted(i + 1, e.get("file")));
      }
      entries.add(new Baseline.Entry(e.get("rule").textValue(), file, e.get("pointer").textValue(), e.get("hash").textValue()));
    }
    return entries;
  }

  private static SourcePosition at(Document document, JsonPointer pointer) {
    return document.positions().locate(pointer).keyOrValue().start();
  }

  private static BaselineException located(SourcePosition at, String problem) {
    return new BaselineException("line %d, column %d: %s".formatted(at.line(), at.column(), problem));
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "there is no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "it could not be read";
  }

  public static void write(List<Baseline.Entry> entries, Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Baseline.Entry> sorted = entries.stream().sorted(Baseline.Entry.ORDER).toList();
    out.write("{\n  \"formatVersion\": " + VERSION + ",\n  \"entries\": [");
    for (int i = 0; i < sorted.size(); i++) {
      Baseline.Entry e = sorted.get(i);
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("rule", e.rule());
      fields.put("file", e.file());
      fields.put("pointer", e.pointer());
      fields.put("hash", e.hash());
      out.write(i == 0 ? "\n    " : ",\n    ");
      out.write(mapper.writeValueAsString(fields));
    }
    out.write(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
  }
}
