package dev.gal.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.aws.lint.GeneratedDocumentStage;
import dev.gal.engine.LintSession;
import dev.gal.engine.RuleSources;
import dev.gal.load.LoadLimits;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** An LSP client in the test's own process: the server runs on a thread, and pipes carry the messages. */
final class LspTestClient implements AutoCloseable {
  static final long TIMEOUT_SECONDS = 30;
  /** A GAL config whose stage_name is misspelled (line 7), so GAL-SCHEMA-001 fires with a safe fix. */
  static final String BAD_CONFIG = """
      version: "1.0"
      provider: aws_apigateway
      global_config:
        aws_apigateway:
          api_name: "PetStore-API"
          endpoint_type: "REGIONAL"
          stage_nmae: "prod"
          integration_timeout_ms: 5000
      services:
        - name: petstore
          type: rest
          protocol: https
          upstream:
            host: petstore.example.com
            port: 443
          routes:
            - path_prefix: /pets
              methods: [GET, POST]
      """;

  private final ObjectMapper json = new ObjectMapper();
  // NIO pipes, not PipedInputStream: that one breaks when the thread that last wrote ends, as lint threads do.
  private final java.io.OutputStream toServer;
  private final java.io.InputStream fromServer;
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private final List<JsonNode> skipped = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final MessageChannel channel;

  LspTestClient() throws IOException {
    this(LintSession.forEditor(RuleSources.nearestConfig(), LoadLimits.DEFAULTS, GeneratedDocumentStage::new), 0);
  }

  LspTestClient(LintSession session, long debounceMillis) throws IOException {
    this(session::lintText, debounceMillis);
  }

  LspTestClient(DocumentLinter.TextLint lint, long debounceMillis) throws IOException {
    Pipe in = Pipe.open();
    Pipe out = Pipe.open();
    toServer = Channels.newOutputStream(in.sink());
    java.io.InputStream serverIn = Channels.newInputStream(in.source());
    java.io.OutputStream serverOut = Channels.newOutputStream(out.sink());
    fromServer = Channels.newInputStream(out.source());
    GalLanguageServer server = new GalLanguageServer(lint, serverIn, serverOut, debounceMillis, "test");
    Thread serverThread = new Thread(() -> {
      try {
        exit.complete(server.run());
        serverOut.close();
      } catch (Throwable e) {
        exit.completeExceptionally(e);
      }
    }, "gal-lsp-under-test");
    serverThread.setDaemon(true);
    serverThread.start();
    channel = new MessageChannel(fromServer, toServer, json);
    Thread reader = new Thread(() -> {
      try {
        while (true) {
          MessageChannel.Frame frame = channel.read();
          if (frame.end()) {
            return;
          }
          received.add(frame.message() != null ? frame.message() : json.createObjectNode().put("unreadable", frame.problem()));
        }
      } catch (IOException e) {
        // the server closed its output
      }
    }, "gal-lsp-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** A client that has done the initialize handshake. */
  static LspTestClient initialized() throws IOException {
    LspTestClient client = new LspTestClient();
    client.initialize();
    return client;
  }

  JsonNode initialize() throws IOException {
    JsonNode result = request("initialize", json.createObjectNode().set("capabilities", json.createObjectNode()));
    notify("initialized", json.createObjectNode());
    return result;
  }

  ObjectMapper json() {
    return json;
  }

  /** Sends a request and returns its whole response. */
  JsonNode request(String method, JsonNode params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    channel.write(message);
    return next(m -> m.path("id").asInt(-1) == id && !m.has("method"));
  }

  void notify(String method, JsonNode params) throws IOException {
    ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("method", method);
    message.set("params", params);
    channel.write(message);
  }

  void sendRaw(String bytes) throws IOException {
    toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
    toServer.flush();
  }

  /** Closes the server's input, as a client that dies does. */
  void closeInput() throws IOException {
    toServer.close();
  }

  void open(String uri, String text) throws IOException {
    ObjectNode item = json.createObjectNode().put("uri", uri).put("languageId", "yaml").put("version", 1).put("text", text);
    notify("textDocument/didOpen", json.createObjectNode().set("textDocument", item));
  }

  void change(String uri, int version, String text) throws IOException {
    ObjectNode params = json.createObjectNode();
    params.putObject("textDocument").put("uri", uri).put("version", version);
    params.putArray("contentChanges").addObject().put("text", text);
    notify("textDocument/didChange", params);
  }

  /** The next diagnostics published for the uri. */
  JsonNode diagnostics(String uri) {
    return next(m -> m.path("method").asText().equals("textDocument/publishDiagnostics")
        && m.path("params").path("uri").asText().equals(uri)).path("params").path("diagnostics");
  }

  /** The next message that matches; others are kept aside. */
  JsonNode next(Predicate<JsonNode> wanted) {
    for (int i = 0; i < skipped.size(); i++) {
      if (wanted.test(skipped.get(i))) {
        return skipped.remove(i);
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      JsonNode message;
      try {
        message = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
      if (message == null) {
        throw new AssertionError("no matching message from the server in %d s; others: %s".formatted(TIMEOUT_SECONDS, skipped));
      }
      if (wanted.test(message)) {
        return message;
      }
      skipped.add(message);
    }
  }

  static ObjectNode position(ObjectMapper json, int line, int character) {
    return json.createObjectNode().put("line", line).put("character", character);
  }

  ObjectNode at(String uri, int line, int character) {
    ObjectNode params = json.createObjectNode();
    params.putObject("textDocument").put("uri", uri);
    params.set("position", position(json, line, character));
    return params;
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  @Override
  public void close() throws IOException {
    try {
      if (!exit.isDone()) {
        toServer.close();
      }
      exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the server did not end: " + e, e);
    }
  }
}
