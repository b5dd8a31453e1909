package dev.gal.engine;

import dev.gal.io.IoProblems;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expands the paths on the command line into files, in sorted order. Symbolic
 * links to directories are not followed, so a link loop cannot make a walk
 * endless; hidden directories such as .git are skipped.
 */
public final class InputCollector {
  /** Files to lint, and the paths that could not be used. */
  public record Collected(List<InputFile> files, List<ToolNotice> problems) {}

  public Collected collect(List<String> arguments) {
    Map<Path, InputFile> files = new LinkedHashMap<>();
    List<ToolNotice> problems = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      String display = argument.replace('\\', '/');
      if (Files.isDirectory(path)) {
        walk(path, display, files, problems);
      } else if (!Files.exists(path)) {
        problems.add(new ToolNotice(ToolNotice.Level.ERROR, display, "no such file or directory"));
      } else if (!Files.isRegularFile(path)) {
        problems.add(new ToolNotice(ToolNotice.Level.ERROR, display, "not a regular file or folder"));
      } else if (!Files.isReadable(path)) {
        problems.add(new ToolNotice(ToolNotice.Level.ERROR, display, "could not be read: permission denied"));
      } else {
        files.putIfAbsent(path.toAbsolutePath().normalize(), new InputFile(path, display, true));
      }
    }
    List<InputFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(InputFile::displayPath));
    return new Collected(List.copyOf(sorted), List.copyOf(problems));
  }

  private static void walk(Path root, String display, Map<Path, InputFile> files, List<ToolNotice> problems) {
    String prefix = display.endsWith("/") ? display : display + "/";
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && isConfigName(file.getFileName().toString())) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            files.putIfAbsent(file.toAbsolutePath().normalize(), new InputFile(file, prefix + relative, false));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // A folder that cannot be read holds configs nobody linted: that is no clean run.
          problems.add(new ToolNotice(ToolNotice.Level.ERROR, file.toString().replace('\\', '/'),
              "could not be read: " + IoProblems.reason(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new ToolNotice(ToolNotice.Level.ERROR, display, "could not be read: " + IoProblems.reason(e)));
    }
  }

  static boolean isConfigName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }
}
