package dev.gal.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;

/** Writes a generated document as JSON or YAML, byte for byte the same for the same tree. */
public final class OpenApiWriter {
  /** The output formats of gal export. */
  public enum Format {
    JSON,
    YAML
  }

  private OpenApiWriter() {}

  /** YAML as gal writes it: no document marker, quotes only where needed, numeric strings kept strings. */
  static ObjectMapper yamlMapper() {
    YAMLFactory yaml = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
    return new ObjectMapper(yaml).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  public static void write(JsonNode document, Format format, Writer out) throws IOException {
    if (format == Format.YAML) {
      yamlMapper().writeValue(out, document);
    } else {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withoutSpacesInObjectEntries();
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).enable(SerializationFeature.INDENT_OUTPUT)
          .writer(printer).writeValue(out, document);
      out.write('\n');
    }
    out.flush();
  }
}
