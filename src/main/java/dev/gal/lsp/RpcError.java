package dev.gal.lsp;

/** A request the server answers with an error: a JSON-RPC or LSP error code and a message for the user. */
final class RpcError extends Exception {
  private static final long serialVersionUID = 1L;

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int METHOD_NOT_FOUND = -32601;
  static final int INVALID_PARAMS = -32602;
  static final int INTERNAL_ERROR = -32603;
  static final int SERVER_NOT_INITIALIZED = -32002;

  private final int code;

  RpcError(int code, String message) {
    super(message);
    this.code = code;
  }

  int code() {
    return code;
  }
}
