package org.commissioninghub.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body a filter has already read (and may have mended), served again to whatever
 * comes next, with its length as served.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;

  public CachedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    var in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("blocking reads only");
      }
    };
  }

  @Override
  public int getContentLength() {
    return body.length == 0 ? super.getContentLength() : body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length == 0 ? super.getContentLengthLong() : body.length;
  }

  @Override
  public String getHeader(String name) {
    return body.length > 0 && "Content-Length".equalsIgnoreCase(name) ? String.valueOf(body.length)
        : super.getHeader(name);
  }

  @Override
  public java.util.Enumeration<String> getHeaders(String name) {
    return body.length > 0 && "Content-Length".equalsIgnoreCase(name)
        ? java.util.Collections.enumeration(java.util.List.of(String.valueOf(body.length))) : super.getHeaders(name);
  }

  @Override
  public BufferedReader getReader() {
    var encoding = getCharacterEncoding();
    var charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }
}
