package dev.gal.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;

/** Writes an imported GAL config as YAML, with a comment that says where it came from. */
public final class GalYamlWriter {
  private GalYamlWriter() {}

  public static void write(JsonNode config, String source, Writer out) throws IOException {
    out.write("# Imported by gal import from " + source.replaceAll("[\\r\\n]", " ") + ".\n");
    out.write("# Settings equal to GAL's defaults are left out; run gal lint on this file.\n");
    YAMLFactory yaml = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
    new ObjectMapper(yaml).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, config);
    out.flush();
  }
}
