package dev.gal.deps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two tables of docs/dependencies.md: the runtime libraries (the allow-list)
 * and the libraries left out.
 */
record DependencyList(Map<String, Row> runtime, Map<String, String> leftOut) {
  static final String DIRECT = "gal";
  private static final Pattern CODE = Pattern.compile("^`([^`:]+:[^`:]+)`$");

  /** One row: groupId:artifactId, version, who pulls it in ("gal" or groupId:artifactId), use, licence. */
  record Row(String id, String version, String pulledInBy, String usedFor, String licence) {}

  static DependencyList read(Path file) throws IOException {
    Map<String, Row> runtime = new LinkedHashMap<>();
    Map<String, String> leftOut = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("| `")) {
        continue;
      }
      List<String> cells = cells(line);
      String id = code(cells.get(0));
      if (cells.size() == 5) {
        String by = cells.get(2).equals(DIRECT) ? DIRECT : code(cells.get(2));
        if (runtime.put(id, new Row(id, cells.get(1), by, cells.get(3), cells.get(4))) != null) {
          throw new IllegalStateException("listed twice: " + id);
        }
      } else if (cells.size() == 3) {
        leftOut.put(id, code(cells.get(1)));
      } else {
        throw new IllegalStateException("a table row of 5 or 3 cells expected: " + line);
      }
    }
    return new DependencyList(runtime, leftOut);
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1, line.lastIndexOf('|'));
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static String code(String cell) {
    Matcher m = CODE.matcher(cell);
    if (!m.matches()) {
      throw new IllegalStateException("`groupId:artifactId` expected, found: " + cell);
    }
    return m.group(1);
  }
}
