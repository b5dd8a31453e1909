package dev.gal.schema;

import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidatorTypeCode;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema 2020-12 as json-schema-validator's own Version202012 declares it (the same keywords,
 * "definitions" and vocabularies), but without its format checkers. gal's schemas use no "format"
 * keyword and the stage turns format assertions off, yet building the library's checkers (dates,
 * e-mail domains, IRIs and more, each with its patterns) was about 14 ms of every start.
 * Draft2020DialectTest compares this with the library's.
 */
final class Draft2020Dialect {
  static final JsonMetaSchema META_SCHEMA = JsonMetaSchema.builder(SchemaId.V202012)
      .specification(SpecVersion.VersionFlag.V202012)
      .idKeyword("$id")
      .keywords(ValidatorTypeCode.getKeywords(SpecVersion.VersionFlag.V202012))
      .keywords(List.of(new NonValidationKeyword("definitions")))
      .vocabularies(Map.of(
          "https://json-schema.org/draft/2020-12/vocab/core", true,
          "https://json-schema.org/draft/2020-12/vocab/applicator", true,
          "https://json-schema.org/draft/2020-12/vocab/unevaluated", true,
          "https://json-schema.org/draft/2020-12/vocab/validation", true,
          "https://json-schema.org/draft/2020-12/vocab/meta-data", true,
          "https://json-schema.org/draft/2020-12/vocab/format-annotation", true,
          "https://json-schema.org/draft/2020-12/vocab/content", true))
      .build();

  static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder()
      .defaultMetaSchemaIri(SchemaId.V202012)
      .metaSchema(META_SCHEMA)
      .build();

  private Draft2020Dialect() {}
}
