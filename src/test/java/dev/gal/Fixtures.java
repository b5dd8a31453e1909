package dev.gal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The fixture folders of the rules: fixtures/rules/ID/{good*,bad*}. */
public final class Fixtures {
  private Fixtures() {}

  public static Path ruleDir(String id) {
    return TestSupport.root().resolve("fixtures/rules").resolve(id);
  }

  public static List<Path> good(String id) {
    return files(id, "good");
  }

  public static List<Path> bad(String id) {
    return files(id, "bad");
  }

  private static List<Path> files(String id, String prefix) {
    Path dir = ruleDir(id);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> !p.getFileName().toString().endsWith(".expect.yaml"))
          .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith(prefix + "."))
              .thenComparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String display(Path file) {
    return TestSupport.root().relativize(file).toString().replace('\\', '/');
  }
}
