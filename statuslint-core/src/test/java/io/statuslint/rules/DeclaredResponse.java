package io.statuslint.rules;

import io.statuslint.detect.DeclaredBody;
import io.statuslint.detect.JsonMember;
import io.statuslint.model.Body;
import io.statuslint.model.ResourceHint;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one hand-made spec response for rule tests, until the OpenAPI module provides the real view:
 * what a response declares is present, what it does not declare is absent (a spec is the contract),
 * and the request is not known. Any fact can be made unknown to check that rules stay silent on it.
 * {@link #schema} adds what a schema says about the body ({@link DeclaredBody}).
 */
public class DeclaredResponse implements ResponseView {

  private final String method;
  private final String path;
  private final String key;
  private final int status;
  private final Map<String, Fact> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> headerValues = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private Surface surface = Surface.SPEC;
  private Fact content;
  private Body body = Body.unknown();
  private String mediaType;
  private String description;
  private ResourceHint resourceHint = ResourceHint.UNKNOWN;

  private DeclaredResponse(String method, String path, String key, int status) {
    this.method = method;
    this.path = path;
    this.key = key;
    this.status = status;
  }

  /** A copy, for {@link #schema}. */
  private DeclaredResponse(DeclaredResponse other) {
    this(other.method, other.path, other.key, other.status);
    headers.putAll(other.headers);
    headerValues.putAll(other.headerValues);
    surface = other.surface;
    content = other.content;
    body = other.body;
    mediaType = other.mediaType;
    description = other.description;
    resourceHint = other.resourceHint;
  }

  /** {@code DeclaredResponse.of("post", "/orders", "201")}; a key that is no number gets status -1. */
  public static DeclaredResponse of(String method, String path, String key) {
    int status;
    try {
      status = Integer.parseInt(key);
    } catch (NumberFormatException e) {
      status = -1;
    }
    return new DeclaredResponse(method.toUpperCase(Locale.ROOT), path, key, status);
  }

  /** {@code DeclaredResponse.of("POST", "/orders", 201)}. */
  public static DeclaredResponse of(String method, String path, int status) {
    return of(method, path, Integer.toString(status));
  }

  public DeclaredResponse declaresHeader(String name) {
    headers.put(name, Fact.PRESENT);
    return this;
  }

  /** A declared header whose value is known too. */
  public DeclaredResponse declaresHeader(String name, String value) {
    headerValues.put(name, value);
    return declaresHeader(name);
  }

  /** A header the spec may or may not declare. */
  public DeclaredResponse unknownHeader(String name) {
    headers.put(name, Fact.UNKNOWN);
    return this;
  }

  /** Declares {@code content} with one media type ({@code null}: no content), without an example. */
  public DeclaredResponse content(String type) {
    this.mediaType = type;
    return this;
  }

  /** Declared content of this media type ({@code null}: none), with the Content-Type that says so. */
  public DeclaredResponse servedAs(String type) {
    if (type != null) {
      declaresHeader("Content-Type", type);
    }
    return content(type);
  }

  /** Whether the response declares content is not known (its media type may still be). */
  public DeclaredResponse unknownContent() {
    this.content = Fact.UNKNOWN;
    return this;
  }

  /** Declared content with this JSON example (as the OpenAPI module serialises it); JSON by default. */
  public DeclaredResponse example(String json) {
    this.mediaType = mediaType == null ? "application/json" : mediaType;
    this.body = Body.ofText(json);
    return this;
  }

  public DeclaredResponse description(String description) {
    this.description = description;
    return this;
  }

  public DeclaredResponse resourceHint(ResourceHint hint) {
    this.resourceHint = hint;
    return this;
  }

  /** The same response seen as recorded traffic, to check that a spec-only rule stays silent. */
  public DeclaredResponse onTraffic() {
    this.surface = Surface.TRAFFIC;
    return this;
  }

  /** This response with its schema's top-level properties (and no example); call it last. */
  public DeclaredResponse schema(List<JsonMember> members, boolean sharedWithErrorResponse) {
    return new WithSchema(this, List.copyOf(members), sharedWithErrorResponse);
  }

  public String path() {
    return path;
  }

  @Override
  public Surface surface() {
    return surface;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String statusText() {
    return key;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String url() {
    return path;
  }

  @Override
  public Fact header(String name) {
    return headers.getOrDefault(name, Fact.ABSENT);
  }

  @Override
  public String headerValue(String name) {
    return headerValues.get(name);
  }

  @Override
  public Fact requestHeader(String name) {
    return Fact.UNKNOWN;
  }

  @Override
  public String requestHeaderValue(String name) {
    return null;
  }

  @Override
  public Fact content() {
    return content != null ? content : Fact.of(mediaType != null);
  }

  @Override
  public Body body() {
    return body;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ResourceHint resourceHint() {
    return resourceHint;
  }

  private static final class WithSchema extends DeclaredResponse implements DeclaredBody {
    private final List<JsonMember> members;
    private final boolean sharedWithErrorResponse;

    WithSchema(DeclaredResponse response, List<JsonMember> members, boolean sharedWithErrorResponse) {
      super(response);
      this.members = members;
      this.sharedWithErrorResponse = sharedWithErrorResponse;
    }

    @Override
    public List<JsonMember> declaredMembers() {
      return members;
    }

    @Override
    public boolean sharedWithErrorResponse() {
      return sharedWithErrorResponse;
    }
  }
}
