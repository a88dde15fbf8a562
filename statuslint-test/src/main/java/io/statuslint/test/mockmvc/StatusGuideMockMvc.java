package io.statuslint.test.mockmvc;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.test.GuideHooks;
import io.statuslint.test.StatusGuide;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Objects;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The status guide in Spring MockMvc tests:
 *
 * <pre>
 * mvc.perform(get("/orders/42")).andExpect(followsStatusGuide());              // this request
 * MockMvcBuilders.standaloneSetup(controller).alwaysDo(statusGuide()).build(); // every request
 * </pre>
 *
 * The matcher always judges at once. The handler is a hook: inside a {@code @CheckStatusGuide}
 * class it records the exchange for the class report, elsewhere it fails the request.
 *
 * <p>MockMvc renders no error pages and no views: a response made with {@code sendError} or
 * forwarded to a view has an unknown body here, so body rules do not judge what the container
 * would have written. Needs spring-test on the test class path; statuslint-test does not bring it.
 */
public final class StatusGuideMockMvc {

  private StatusGuideMockMvc() {}

  /** A matcher that fails when the response breaks {@link StatusGuide#standard()}. */
  public static ResultMatcher followsStatusGuide() {
    return followsStatusGuide(StatusGuide.standard());
  }

  public static ResultMatcher followsStatusGuide(StatusGuide guide) {
    Objects.requireNonNull(guide, "guide");
    return result -> guide.verify(exchange(result));
  }

  /** A handler that sends every exchange to {@link GuideHooks} (for {@code alwaysDo}). */
  public static ResultHandler statusGuide() {
    return statusGuide(StatusGuide.standard());
  }

  public static ResultHandler statusGuide(StatusGuide guide) {
    Objects.requireNonNull(guide, "guide");
    return result -> GuideHooks.submit(exchange(result), guide);
  }

  /** The exchange MockMvc performed, in statuslint's model. */
  public static Exchange exchange(MvcResult result) {
    MockHttpServletRequest request = result.getRequest();
    MockHttpServletResponse response = result.getResponse();
    String url = request.getRequestURL().toString();
    if (request.getQueryString() != null) {
      url += "?" + request.getQueryString();
    }
    Headers.Builder requestHeaders = Headers.builder();
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        requestHeaders.add(name, values.nextElement());
      }
    }
    byte[] requestContent = request.getContentAsByteArray();
    Body requestBody = requestContent == null ? Body.absent() : Body.ofBytes(requestContent, StandardCharsets.UTF_8);
    HttpRequest req = new HttpRequest(request.getMethod(), url, requestHeaders.build(), requestBody, false);

    Headers.Builder responseHeaders = Headers.builder();
    for (String name : response.getHeaderNames()) {
      for (String value : response.getHeaders(name)) {
        responseHeaders.add(name, value);
      }
    }
    String reason = response.getErrorMessage() == null ? "" : response.getErrorMessage();
    return new Exchange(req, new HttpResponse(response.getStatus(), reason, responseHeaders.build(), body(response)));
  }

  private static Body body(MockHttpServletResponse response) {
    byte[] content = response.getContentAsByteArray();
    boolean containerWouldWrite = response.getErrorMessage() != null
        || (response.isCommitted() && response.getStatus() >= 400)
        || response.getForwardedUrl() != null
        || !response.getIncludedUrls().isEmpty();
    if (content.length == 0 && containerWouldWrite) {
      return Body.unknown();
    }
    Charset charset;
    try {
      charset = Charset.forName(response.getCharacterEncoding());
    } catch (RuntimeException e) {
      charset = StandardCharsets.UTF_8;
    }
    return Body.ofBytes(content, charset);
  }
}
