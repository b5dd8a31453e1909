package dev.gal.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** gal lsp as its own process, as editors start it: it ends on exit, and when the editor goes away. */
class LspProcessTest {
  @Test
  void shutdownThenExitEndsTheProcessWithZero() throws Exception {
    Process server = start();
    try (OutputStream in = server.getOutputStream()) {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not end on exit");
    }
    String out = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(GalLanguageServer.CLEAN_EXIT, server.exitValue(), out);
    assertTrue(out.startsWith("Content-Length: ") && out.contains("\"id\":2,\"result\":null"), out);
  }

  @Test
  void theEndOfInputEndsTheProcess() throws Exception {
    Process server = start();
    try (OutputStream in = server.getOutputStream()) {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
    }
    assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not end when its input did");
    assertEquals(GalLanguageServer.EXIT_WITHOUT_SHUTDOWN, server.exitValue());
    String err = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(!err.contains("Exception") && !err.contains("\tat "), "no stack trace: " + err);
  }

  private static Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.gal.cli.Main", "lsp")).start();
  }

  private static void send(OutputStream in, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    in.write(body);
    in.flush();
  }
}
