package dev.gal.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;

/** Writes an imported GAL config as YAML, with a comment that says where it came from. */
public final class GalYamlWriter {
  private GalYamlWriter() {}

  public static void write(JsonNode config, String source, Writer out) throws IOException {
    out.write("# Imported by gal import from " + source.replaceAll("[\\r\\n]", " ") + ".\n");
    out.write("# Settings equal to GAL's defaults are left out; run gal lint on this file.\n");
    OpenApiWriter.yamlMapper().writeValue(out, config);
    out.flush();
  }
}
