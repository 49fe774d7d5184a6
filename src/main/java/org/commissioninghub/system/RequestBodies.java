package org.commissioninghub.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps each API request body and the type it is read as, so that when one field cannot be read,
 * {@link ApiProblemHandler} can read the others and name every bad field, not only the first
 * (Jackson stops there).
 */
@ControllerAdvice
class RequestBodies extends RequestBodyAdviceAdapter {

  /** The body's bytes and the type it was read as, for the request being answered. */
  record Read(byte[] body, Type type) {}

  private static final String ATTRIBUTE = RequestBodies.class.getName();

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
    byte[] body;
    try (InputStream in = message.getBody()) {
      body = in.readAllBytes();
    }
    RequestContextHolder.currentRequestAttributes()
        .setAttribute(ATTRIBUTE, new Read(body, targetType), RequestAttributes.SCOPE_REQUEST);
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return message.getHeaders();
      }
    };
  }

  /** The body read for this request, if one was. */
  static java.util.Optional<Read> of(RequestAttributes request) {
    return java.util.Optional.ofNullable((Read) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
  }
}
