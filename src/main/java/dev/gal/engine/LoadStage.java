package dev.gal.engine;

import dev.gal.load.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Reads and parses the file. */
final class LoadStage implements Stage {
  private final Loader loader;

  LoadStage(Loader loader) {
    this.loader = loader;
  }

  @Override
  public String name() {
    return "load";
  }

  /** @throws UncheckedIOException when the file cannot be read */
  @Override
  public void run(FileLint file) {
    InputFile input = file.input();
    try {
      // Fixing needs the bytes as read, to keep a byte order mark and to see whether the file changes before it is written.
      byte[] bytes = file.fixing() && Files.size(input.path()) <= loader.limits().maxFileBytes()
          ? Files.readAllBytes(input.path()) : null;
      file.loaded(bytes != null ? loader.load(bytes, input.displayPath()) : loader.load(input.path(), input.displayPath()), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
