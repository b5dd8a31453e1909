package dev.gal.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gal.engine.LintSession;
import dev.gal.schema.SchemaStage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * gal lsp: answers an editor's LSP 3.17 messages on one thread, in order, and
 * leaves linting to {@link DocumentLinter}. Every message gets an answer or is
 * dropped as the protocol says; nothing an editor sends ends the server but
 * exit, or the end of its input (the editor is gone).
 */
public final class GalLanguageServer {
  /** Exit codes the protocol asks for: 0 after shutdown, 1 when the editor went away without it. */
  public static final int CLEAN_EXIT = 0;
  public static final int EXIT_WITHOUT_SHUTDOWN = 1;

  private static final Pattern OPENAPI_ROOT = Pattern.compile("(?m)^[\"']?(openapi|swagger)[\"']?\\s*:");
  private static final int LOG_ERROR = 1;

  private final ObjectMapper json = new ObjectMapper();
  private final MessageChannel channel;
  private final DocumentLinter linter;
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final Hovers hovers;
  private final Completions completions;
  private final String version;
  private boolean initialized;
  private boolean shutDown;

  /** Reads the editor's messages from {@code in} and writes to {@code out}; changes are linted after {@code debounceMillis}. */
  public GalLanguageServer(LintSession session, InputStream in, OutputStream out, long debounceMillis, String version) {
    this(session::lintText, in, out, debounceMillis, version);
  }

  GalLanguageServer(DocumentLinter.TextLint lint, InputStream in, OutputStream out, long debounceMillis, String version) {
    this.channel = new MessageChannel(in, out, json);
    this.linter = new DocumentLinter(lint, debounceMillis, this::publish, this::logError);
    SchemaLookup schema = new SchemaLookup(SchemaStage.galConfig().schemaTree());
    this.hovers = new Hovers(schema);
    this.completions = new Completions(schema);
    this.version = version;
  }

  /** Serves until exit or the end of input, and returns the process's exit code. */
  public int run() throws IOException {
    try {
      while (true) {
        MessageChannel.Frame frame = channel.read();
        if (frame.end()) {
          return shutDown ? CLEAN_EXIT : EXIT_WITHOUT_SHUTDOWN;
        }
        if (frame.problem() != null) {
          respondError(NullNode.instance, RpcError.PARSE_ERROR, "gal could not read " + frame.problem());
          continue;
        }
        JsonNode message = frame.message();
        if (message.isObject() && "exit".equals(message.path("method").asText(null)) && !message.has("id")) {
          return shutDown ? CLEAN_EXIT : EXIT_WITHOUT_SHUTDOWN;
        }
        handle(message);
      }
    } finally {
      linter.shutdown();
    }
  }

  private void handle(JsonNode message) throws IOException {
    JsonNode id = message.isObject() ? message.get("id") : null;
    boolean validId = id != null && (id.isTextual() || id.isIntegralNumber());
    if (!message.isObject() || !"2.0".equals(message.path("jsonrpc").asText(null))
        || (id != null && !validId && !id.isNull()) || !message.path("method").isTextual()) {
      if (message.isObject() && !message.has("method") && (message.has("result") || message.has("error"))) {
        return; // a response: the server sends no requests, so there is nothing to match it to
      }
      respondError(validId ? id : NullNode.instance, RpcError.INVALID_REQUEST,
          "not a JSON-RPC 2.0 request or notification: it needs \"jsonrpc\": \"2.0\", a string \"method\" and, for a request, a number or string \"id\"");
      return;
    }
    String method = message.get("method").asText();
    JsonNode params = message.path("params");
    if (id == null) {
      notification(method, params);
      return;
    }
    try {
      JsonNode result = request(method, params);
      ObjectNode response = json.createObjectNode().put("jsonrpc", "2.0");
      response.set("id", id);
      response.set("result", result == null ? NullNode.instance : result);
      channel.write(response);
    } catch (RpcError e) {
      respondError(id, e.code(), e.getMessage());
    } catch (RuntimeException e) {
      respondError(id, RpcError.INTERNAL_ERROR, "internal error in gal: %s; please report it".formatted(e));
    }
  }

  private JsonNode request(String method, JsonNode params) throws RpcError {
    if (method.equals("initialize")) {
      initialized = true;
      return capabilities();
    }
    if (!initialized) {
      throw new RpcError(RpcError.SERVER_NOT_INITIALIZED, "the server is not initialized: send initialize first");
    }
    if (shutDown) {
      throw new RpcError(RpcError.INVALID_REQUEST, "the server is shut down: only exit is accepted");
    }
    return switch (method) {
      case "shutdown" -> {
        shutDown = true;
        linter.shutdown();
        yield null;
      }
      case "textDocument/hover" -> hover(params);
      case "textDocument/codeAction" -> codeAction(params);
      case "textDocument/completion" -> completion(params);
      default -> throw new RpcError(RpcError.METHOD_NOT_FOUND, "gal lsp does not handle " + method);
    };
  }

  private void notification(String method, JsonNode params) {
    if (!initialized || shutDown) {
      return; // the protocol drops notifications before initialize and after shutdown
    }
    try {
      switch (method) {
        case "textDocument/didOpen" -> open(params);
        case "textDocument/didChange" -> change(params);
        case "textDocument/didClose" -> close(params);
        case "textDocument/didSave" -> saved(params);
        default -> {
          // initialized, $/cancelRequest, $/setTrace, workspace/*: nothing to do
        }
      }
    } catch (RpcError e) {
      logError(params.path("textDocument").path("uri").asText("?"), e.getMessage());
    } catch (RuntimeException e) {
      logError(params.path("textDocument").path("uri").asText("?"), "internal error in gal on %s: %s; please report it".formatted(method, e));
    }
  }

  private ObjectNode capabilities() {
    ObjectNode result = json.createObjectNode();
    ObjectNode capabilities = result.putObject("capabilities");
    capabilities.put("positionEncoding", "utf-16");
    ObjectNode sync = capabilities.putObject("textDocumentSync");
    sync.put("openClose", true);
    sync.put("change", 1); // full text: a config is small, and a whole text cannot drift from the editor's
    sync.putObject("save").put("includeText", false);
    capabilities.put("hoverProvider", true);
    capabilities.putObject("codeActionProvider").putArray("codeActionKinds").add(CodeActions.QUICK_FIX);
    capabilities.putObject("completionProvider").putArray("triggerCharacters").add(":").add(" ");
    result.putObject("serverInfo").put("name", "gal").put("version", version);
    return result;
  }

  private void open(JsonNode params) throws RpcError {
    JsonNode item = params.path("textDocument");
    String uri = requireText(item, "uri");
    String text = requireText(item, "text");
    OpenDocument document = new OpenDocument(uri, pathOf(uri), text, item.path("version").asInt(0));
    OpenDocument previous = documents.put(uri, document);
    if (previous != null) {
      previous.close();
    }
    linter.now(document);
  }

  private void change(JsonNode params) throws RpcError {
    OpenDocument document = document(params);
    JsonNode changes = params.path("contentChanges");
    if (!changes.isArray()) {
      throw new RpcError(RpcError.INVALID_PARAMS, "didChange without contentChanges");
    }
    String text = document.text();
    for (JsonNode change : changes) {
      String replacement = requireText(change, "text");
      if (change.has("range")) {
        LspText current = new LspText(text);
        int start = current.offset(change.path("range").path("start").path("line").asInt(), change.path("range").path("start").path("character").asInt());
        int end = current.offset(change.path("range").path("end").path("line").asInt(), change.path("range").path("end").path("character").asInt());
        text = text.substring(0, start) + replacement + text.substring(Math.max(start, end));
      } else {
        text = replacement;
      }
    }
    document.update(text, params.path("textDocument").path("version").asInt(document.version() + 1));
    linter.changed(document);
  }

  private void close(JsonNode params) throws RpcError {
    OpenDocument document = document(params);
    documents.remove(document.uri);
    document.close();
    ObjectNode cleared = json.createObjectNode().put("uri", document.uri);
    cleared.putArray("diagnostics");
    notify("textDocument/publishDiagnostics", cleared);
  }

  /** A saved lint config changes what every open document is linted with: lint them all again. */
  private void saved(JsonNode params) throws RpcError {
    OpenDocument saved = document(params);
    String name = saved.path == null || saved.path.getFileName() == null ? "" : saved.path.getFileName().toString();
    if (name.startsWith(".gal-lint.")) {
      documents.values().forEach(linter::now);
    }
  }

  private ObjectNode hover(JsonNode params) throws RpcError {
    OpenDocument document = document(params);
    LspText text = new LspText(document.text());
    return hovers.at(document.current(), text, isGalYaml(document, text.text()), requireInt(params.path("position"), "line"),
        requireInt(params.path("position"), "character"));
  }

  private JsonNode codeAction(JsonNode params) throws RpcError {
    OpenDocument document = document(params);
    JsonNode only = params.path("context").path("only");
    if (only.isArray() && !only.isEmpty()) {
      boolean wanted = false;
      for (JsonNode kind : only) {
        wanted |= CodeActions.QUICK_FIX.equals(kind.asText()) || CodeActions.QUICK_FIX.startsWith(kind.asText() + ".");
      }
      if (!wanted) {
        return json.createArrayNode();
      }
    }
    Linted linted = document.current();
    JsonNode range = params.path("range");
    int start = linted.text().offset(requireInt(range.path("start"), "line"), requireInt(range.path("start"), "character"));
    int end = linted.text().offset(requireInt(range.path("end"), "line"), requireInt(range.path("end"), "character"));
    return CodeActions.of(document.uri, linted, !isJson(document), start, end);
  }

  private JsonNode completion(JsonNode params) throws RpcError {
    OpenDocument document = document(params);
    String text = document.text();
    if (!isGalYaml(document, text)) {
      return json.createArrayNode();
    }
    return completions.at(text.lines().toList(), requireInt(params.path("position"), "line"),
        requireInt(params.path("position"), "character"));
  }

  private void publish(OpenDocument document) {
    Linted linted = document.linted();
    ObjectNode params = json.createObjectNode().put("uri", document.uri).put("version", linted.version());
    params.set("diagnostics", Diagnostics.of(linted));
    notify("textDocument/publishDiagnostics", params);
  }

  private void logError(String uri, String message) {
    notify("window/logMessage", json.createObjectNode().put("type", LOG_ERROR).put("message", "gal: %s: %s".formatted(uri, message)));
  }

  private void notify(String method, JsonNode params) {
    ObjectNode message = json.createObjectNode().put("jsonrpc", "2.0").put("method", method);
    message.set("params", params);
    try {
      channel.write(message);
    } catch (IOException e) {
      // The editor is gone; the reader sees the end of its input and ends the server.
    }
  }

  private void respondError(JsonNode id, int code, String message) throws IOException {
    ObjectNode response = json.createObjectNode().put("jsonrpc", "2.0");
    response.set("id", id);
    response.putObject("error").put("code", code).put("message", message);
    channel.write(response);
  }

  private OpenDocument document(JsonNode params) throws RpcError {
    String uri = requireText(params.path("textDocument"), "uri");
    OpenDocument document = documents.get(uri);
    if (document == null) {
      throw new RpcError(RpcError.INVALID_PARAMS, "the document %s is not open: send textDocument/didOpen first".formatted(uri));
    }
    return document;
  }

  private static String requireText(JsonNode node, String field) throws RpcError {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new RpcError(RpcError.INVALID_PARAMS, "the parameter %s must be a string".formatted(field));
    }
    return value.asText();
  }

  private static int requireInt(JsonNode node, String field) throws RpcError {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || value.asInt() < 0) {
      throw new RpcError(RpcError.INVALID_PARAMS, "the parameter %s must be a whole number of at least 0".formatted(field));
    }
    return value.asInt();
  }

  /** The file a document is saved in, for its lint config and its name; other schemes get a name alone. */
  static Path pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      if ("file".equalsIgnoreCase(parsed.getScheme())) {
        return Path.of(parsed);
      }
      String path = parsed.getPath() == null ? "" : parsed.getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      return Path.of(name.isEmpty() ? "untitled.yaml" : name);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Path.of("untitled.yaml");
    }
  }

  private static boolean isJson(OpenDocument document) {
    return document.path.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static boolean isGalYaml(OpenDocument document, String text) {
    return !isJson(document) && !OPENAPI_ROOT.matcher(text).find();
  }

}
