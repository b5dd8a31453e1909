package dev.gal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gal.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which java bin/gal runs: GAL_JAVA, else the newest JDK among JAVA_HOME, the
 * PATH and the install folders (here fake JDKs: a release file and a bin/java).
 */
class LauncherTest {
  @TempDir
  Path dir;

  private Path jdk(String folder, String version) throws IOException {
    Path home = dir.resolve(folder);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n");
    java.toFile().setExecutable(true);
    return java;
  }

  private String picked(Map<String, String> env) throws Exception {
    // No java on the PATH: the machine's own JDKs must not decide the outcome.
    Path emptyPath = Files.createDirectories(dir.resolve("no-java-here"));
    ProcessBuilder builder = new ProcessBuilder(bash(), TestSupport.root().resolve("bin/gal").toString(), "--gal-internal-java");
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("GAL_JAVA");
    builder.environment().put("PATH", emptyPath.toString());
    builder.environment().put("HOME", dir.toString());
    builder.environment().putAll(env);
    Process process = builder.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.waitFor(), out);
    return out;
  }

  private static String bash() {
    return Files.isExecutable(Path.of("/bin/bash")) ? "/bin/bash" : "/usr/bin/bash";
  }

  @Test
  void galJavaOverridesEverything() throws Exception {
    Path jdk25 = jdk("jvm/jdk-25", "25.0.1");
    assertEquals("/opt/my/java", picked(Map.of("GAL_JAVA", "/opt/my/java", "GAL_JDK_DIRS", jdk25.getParent().getParent().getParent().toString())));
  }

  @Test
  void aJdk25InAnInstallFolderBeatsAnOlderJavaHome() throws Exception {
    Path jdk17 = jdk("home17", "17.0.15");
    Path jdk25 = jdk("jvm/temurin-25", "25.0.3");
    assertEquals(jdk25.toString(), picked(Map.of("JAVA_HOME", jdk17.getParent().getParent().toString(),
        "GAL_JDK_DIRS", dir.resolve("jvm").toString())));
  }

  @Test
  void sdkmanCandidatesAreFoundUnderHome() throws Exception {
    Path sdkman = jdk(".sdkman/candidates/java/25.0.1-tem", "25.0.1");
    jdk(".sdkman/candidates/java/21.0.5-tem", "21.0.5");
    assertEquals(sdkman.toString(), picked(Map.of("GAL_JDK_DIRS", dir.resolve(".sdkman/candidates/java").toString())));
  }

  @Test
  void withoutJdk25TheNewestJdkOfAtLeast17Runs() throws Exception {
    Path jdk17 = jdk("home17", "17.0.15");
    jdk("jvm/jdk-11", "11.0.2");
    Path jdk21 = jdk("jvm/jdk-21", "21.0.5");
    assertEquals(jdk21.toString(), picked(Map.of("JAVA_HOME", jdk17.getParent().getParent().toString(),
        "GAL_JDK_DIRS", dir.resolve("jvm").toString())));
  }

  @Test
  void javaHomeWinsAmongEquals() throws Exception {
    Path home = jdk("home21", "21.0.5");
    jdk("jvm/jdk-21", "21.0.5");
    assertEquals(home.toString(), picked(Map.of("JAVA_HOME", home.getParent().getParent().toString(),
        "GAL_JDK_DIRS", dir.resolve("jvm").toString())));
  }

  /** The JVM options bin/gal picks for a command line; files are sparse, so only their sizes are real. */
  private String options(String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(bash(), TestSupport.root().resolve("bin/gal").toString(), "--gal-internal-options");
    builder.command().addAll(java.util.List.of(args));
    builder.directory(dir.toFile());
    Process process = builder.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.waitFor(), out);
    return out;
  }

  private String file(String name, long bytes) throws IOException {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
      file.setLength(bytes);
    }
    return name;
  }

  @Test
  void smallInputRunsOnTheFirstCompilerOnly() throws Exception {
    String capped = "-XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:+UseParallelGC";
    assertEquals(capped, options("lint", file("gal.yaml", 2_000)));
    assertEquals(capped, options("lint", file("a.yaml", 1_000_000), file("b.yaml", 1_000_000)), "2 MB of YAML in all");
    assertEquals(capped, options("lint", file("openapi.json", 20_000_000)), "JSON parses fast enough on C1");
    assertEquals(capped, options("lint", "--format", "json", "no-such-file.yaml"));
  }

  @Test
  void largeInputAndTheLanguageServerGetBothCompilers() throws Exception {
    String large = "-XX:-UsePerfData -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:NewRatio=1";
    assertEquals(large, options("lint", file("big.yaml", 3_000_000)));
    assertEquals(large, options("lint", file("a.yml", 2_000_000), file("b.yml", 1_000_000), file("c.json", 5_000_000)));
    assertEquals(large, options("lint", file("huge.json", 32_000_000)));
    assertEquals("-XX:-UsePerfData -XX:+UseSerialGC", options("lsp"));
  }
}
