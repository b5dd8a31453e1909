package dev.gal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.JsonMetaSchema;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** gal's 2020-12 dialect is the library's, keyword for keyword, less the format checkers. */
class Draft2020DialectTest {
  @Test
  void keywordsAndVocabulariesAreTheLibrarys() {
    JsonMetaSchema library = JsonMetaSchema.getV202012();
    JsonMetaSchema gal = Draft2020Dialect.META_SCHEMA;
    assertEquals(library.getIri(), gal.getIri());
    assertEquals(library.getIdKeyword(), gal.getIdKeyword());
    assertEquals(library.getSpecification(), gal.getSpecification());
    assertEquals(new TreeMap<>(library.getVocabularies()), new TreeMap<>(gal.getVocabularies()));
    assertEquals(kinds(library.getKeywords()), kinds(gal.getKeywords()));
  }

  /** Each keyword with the class that validates it; the format keyword differs only in its list of formats. */
  private static Map<String, String> kinds(Map<String, ? extends Object> keywords) {
    Map<String, String> kinds = new TreeMap<>();
    keywords.forEach((name, keyword) -> kinds.put(name, keyword.getClass().getName()));
    return kinds;
  }
}
