package dev.gal.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gal.TestSupport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What target/gal.jar holds: no class of a banned library, exactly the
 * libraries of docs/dependencies.md (each shaded library keeps its
 * META-INF/maven/.../pom.properties), a provider class for every service entry,
 * and a bill of materials that names the same libraries and licences.
 *
 * <p>Runs in the verify phase, after the shade and CycloneDX plugins (the
 * shaded-jar execution of maven-surefire-plugin in pom.xml); the test phase
 * leaves it out because the jar does not exist yet.
 */
class ShadedJarTest {
  private static final Path JAR = TestSupport.root().resolve("target/gal.jar");
  private static final Path SBOM = TestSupport.root().resolve("target/gal.cdx.json");
  private static final Pattern POM_PROPERTIES = Pattern.compile("^META-INF/maven/([^/]+)/([^/]+)/pom\\.properties$");
  /** picocli is compiled into the jar from its sources (pom.xml), so it has classes but no pom.properties. */
  private static final String PICOCLI = "info.picocli:picocli";

  /** Package prefixes that must never be in the jar, and why (issue 24; the enforcer bans their artifacts). */
  private static final Map<String, String> BANNED = Map.ofEntries(
      Map.entry("org/mozilla/", "Mozilla Rhino, a JavaScript engine"),
      Map.entry("org/graalvm/", "GraalVM (JavaScript engine)"),
      Map.entry("org/openjdk/nashorn/", "Nashorn, a JavaScript engine"),
      Map.entry("org/apache/http/", "Apache HttpClient 4"),
      Map.entry("org/apache/hc/", "Apache HttpClient 5"),
      Map.entry("okhttp3/", "OkHttp, an HTTP client"),
      Map.entry("com/google/i18n/phonenumbers/", "libphonenumber"),
      Map.entry("com/github/fge/", "java-json-tools, a second JSON Schema validator"),
      Map.entry("org/joda/", "Joda-Time"),
      Map.entry("com/google/common/", "Guava"),
      Map.entry("io/swagger/transform/", "swagger-compat-spec-parser, the Swagger 1.x reader"),
      Map.entry("io/swagger/parser/SwaggerCompatConverter", "swagger-compat-spec-parser, the Swagger 1.x reader"));

  private static List<String> entries;
  private static DependencyList doc;

  @BeforeAll
  static void open() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing; this test runs in mvn verify, after mvn package");
    entries = new ArrayList<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        entries.add(e.nextElement().getName());
      }
    }
    doc = DependencyList.read(DependencyListTest.DOC);
  }

  @Test
  void noClassOfABannedLibrary() {
    List<String> found = new ArrayList<>();
    for (String entry : entries) {
      BANNED.forEach((prefix, what) -> {
        if (entry.startsWith(prefix)) {
          found.add(entry + " (" + what + ")");
        }
      });
    }
    assertEquals(List.of(), found.stream().limit(20).toList(), "banned classes in gal.jar (issue 24; see docs/dependencies.md)");
  }

  @Test
  void theJarHoldsExactlyTheListedLibraries() throws IOException {
    Map<String, String> shaded = new TreeMap<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (String entry : entries) {
        Matcher m = POM_PROPERTIES.matcher(entry);
        if (m.matches() && !entry.equals("META-INF/maven/dev.gal/gal/pom.properties")) {
          Properties properties = new Properties();
          try (InputStream in = jar.getInputStream(jar.getJarEntry(entry))) {
            properties.load(in);
          }
          shaded.put(m.group(1) + ":" + m.group(2), properties.getProperty("version"));
        }
      }
    }
    assertTrue(entries.contains("picocli/CommandLine.class"), "picocli is compiled into the jar");
    shaded.put(PICOCLI, doc.runtime().get(PICOCLI) == null ? "?" : doc.runtime().get(PICOCLI).version());
    Map<String, String> listed = new TreeMap<>();
    doc.runtime().values().forEach(row -> listed.put(row.id(), row.version()));
    assertEquals(listed, shaded, "the libraries in gal.jar (META-INF/maven/*/*/pom.properties) and docs/dependencies.md differ");
  }

  @Test
  void everyServiceProviderIsInTheJar() throws IOException {
    List<String> missing = new ArrayList<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (String entry : entries) {
        if (!entry.startsWith("META-INF/services/") || entry.endsWith("/")) {
          continue;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jar.getInputStream(jar.getJarEntry(entry)), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            String provider = line.replaceAll("#.*", "").strip();
            if (!provider.isEmpty() && !entries.contains(provider.replace('.', '/') + ".class")) {
              missing.add(entry + ": " + provider);
            }
          }
        }
      }
    }
    assertEquals(List.of(), missing, "service providers whose class an exclusion removed; ServiceLoader would fail on them");
  }

  @Test
  void theBillOfMaterialsNamesTheListedLibrariesAndLicences() throws IOException {
    // cyclonedx-maven-plugin skips itself when Maven runs offline (mvn -o); CI and users' builds run online.
    // An SBOM older than the jar is left from an earlier build and may describe other libraries.
    boolean fresh = Files.isRegularFile(SBOM) && Files.getLastModifiedTime(SBOM).compareTo(Files.getLastModifiedTime(JAR)) >= 0;
    org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("gal.mavenOffline") && !fresh,
        "Maven runs offline, so cyclonedx-maven-plugin wrote no SBOM in this build");
    assertTrue(Files.isRegularFile(SBOM), SBOM + " is missing; cyclonedx-maven-plugin writes it in mvn package");
    assertTrue(fresh, SBOM + " is older than the jar, so this build did not write it");
    JsonNode bom = new ObjectMapper().readTree(SBOM.toFile());
    assertEquals("CycloneDX", bom.path("bomFormat").asText());
    assertTrue(bom.path("metadata").path("component").path("purl").asText().startsWith("pkg:maven/dev.gal/gal@"), "the SBOM describes gal");
    Map<String, String> inBom = new TreeMap<>();
    for (JsonNode component : bom.path("components")) {
      List<String> licences = new ArrayList<>();
      for (JsonNode licence : component.path("licenses")) {
        JsonNode id = licence.path("license").path("id");
        licences.add(id.isTextual() ? id.asText() : licence.path("expression").asText(licence.path("license").path("name").asText()));
      }
      inBom.put(component.path("group").asText() + ":" + component.path("name").asText(),
          component.path("version").asText() + " " + String.join(" OR ", licences));
    }
    Map<String, String> listed = new TreeMap<>();
    doc.runtime().values().forEach(row -> listed.put(row.id(), row.version() + " " + row.licence()));
    assertEquals(listed, inBom, "target/gal.cdx.json and docs/dependencies.md differ in a library, a version or a licence");
  }
}
