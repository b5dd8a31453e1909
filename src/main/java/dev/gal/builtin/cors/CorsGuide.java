package dev.gal.builtin.cors;

/**
 * The pages of the API Gateway Developer Guide that the CORS rules rest on,
 * and the sentences several rules quote, word for word.
 */
final class CorsGuide {
  static final String HOW_TO_CORS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html";
  static final String CONSOLE = "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html";

  /** From HOW_TO_CORS: the browser asks before a non-simple request. */
  static final String PREFLIGHT = "When a browser receives a non-simple HTTP request, the CORS protocol requires the browser "
      + "to send a preflight request to the server and wait for approval (or a request for credentials) from the server "
      + "before sending the actual request.";

  /** From HOW_TO_CORS: the OPTIONS method answers with fixed values. */
  static final String STATIC_OPTIONS = "For a mock integration, you enable CORS by creating an `OPTIONS` method to return "
      + "the required response headers (with appropriate static values) as the method response headers.";

  /** From CONSOLE: the headers clients send must be listed. */
  static final String ALLOWED_HEADERS = "In the Access-Control-Allow-Headers input field, type a static string of a "
      + "comma-separated list of headers that the client must submit in the actual request of the resource. Use the "
      + "console-provided header list of `'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'` or "
      + "specify your own headers.";

  /** From CONSOLE: * allows every origin. */
  static final String ANY_ORIGIN = "Use the console-provided value of `'*'` as the Access-Control-Allow-Origin header value "
      + "to allow access requests from all origins, or specify origins to be permitted to access the resource.";

  private CorsGuide() {}
}
