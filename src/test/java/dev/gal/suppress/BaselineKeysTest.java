package dev.gal.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.TestSupport;
import dev.gal.load.LoadLimits;
import dev.gal.load.Loader;
import dev.gal.model.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streamed node fingerprint is the hash of JsonNode.toString, so that no baseline changes. */
class BaselineKeysTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void everyNodeOfEveryFixtureHashesAsItsText() throws IOException {
    Loader loader = new Loader(LoadLimits.DEFAULTS);
    int nodes = 0;
    try (Stream<Path> files = Files.walk(TestSupport.root().resolve("fixtures"))) {
      for (Path file : files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)")).sorted().toList()) {
        for (Document document : loader.load(file, file.toString()).documents()) {
          nodes += checkAll(document.number(), document.root());
        }
      }
    }
    assertTrue(nodes > 10_000, "checked " + nodes + " nodes");
  }

  @Test
  void oddTextAndNumbersHashAsTheirText() throws IOException {
    ObjectNode odd = NODES.objectNode();
    odd.put("lone surrogate", "a\ud800b");
    odd.put("astral", "\ud83d\ude00 and caf\u00e9");
    odd.put("controls", "tab\t nul\u0000 esc\u001b quote\" backslash\\ slash/");
    odd.put("big", new BigInteger("123456789012345678901234567890"));
    odd.put("decimal", new BigDecimal("1.50E+3"));
    odd.put("double", 0.1);
    odd.put("long", Long.MIN_VALUE);
    odd.putNull("null");
    odd.putArray("empty");
    odd.putObject("nested").putArray("list").add(true).add(NODES.textNode("x"));
    checkAll(7, odd);
    checkAll(1, new ObjectMapper().readTree("{\"escaped\": \"\\ud800\\u0001\\u2028\"}"));
  }

  @Test
  void aTreeDeeperThanTheThreadsStackHashes() {
    JsonNode deep = NODES.textNode("leaf");
    for (int i = 0; i < 200_000; i++) {
      deep = NODES.arrayNode().add(deep);
    }
    String fingerprint = BaselineKeys.nodeFingerprint(1, deep);
    assertEquals(24, fingerprint.length());
  }

  private static int checkAll(int number, JsonNode node) {
    assertEquals(hashOfText(number, node), BaselineKeys.nodeFingerprint(number, node), node::toString);
    int count = 1;
    for (JsonNode child : node) {
      count += checkAll(number, child);
    }
    return count;
  }

  /** The fingerprint as it was first written: the hash of the node's toString. */
  private static String hashOfText(int number, JsonNode node) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((number + "\u0000" + node.toString()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
