package org.attache.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it rejects before the API sees it (a NUL or an ambiguous segment in
 * the path, a malformed header): the API's JSON error body instead of Jetty's HTML page, so that
 * every error a client gets has the same shape. Stateless and thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", status == 400 ? "bad_request" : "http_" + status);
    body.put("message", "the request is malformed" + (reason == null || reason.isBlank() ? "" : ": " + reason));
    body.put("details", null);
    try {
      return ByteBuffer.wrap(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      return ByteBuffer.wrap("{\"code\":\"bad_request\",\"message\":\"the request is malformed\",\"details\":null}"
          .getBytes(StandardCharsets.UTF_8));
    }
  }
}
