package org.attache.server;

/** An error answered to the client as {@code {code, message, details}} with an HTTP status. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;
  private final transient Object details;

  ApiError(int status, String code, String message, Object details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  Object details() {
    return details;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, "bad_request", message, null);
  }
}
