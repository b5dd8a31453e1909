package dev.gal.engine;

import java.nio.file.Path;

/**
 * A file to lint. {@code explicit} is true when the user named it; files found
 * by walking a directory are linted only when they look like a GAL config or
 * an OpenAPI document.
 */
public record InputFile(Path path, String displayPath, boolean explicit) {}
