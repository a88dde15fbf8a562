package io.statuslint.openapi.walk;

import io.statuslint.detect.DeclaredBody;
import io.statuslint.detect.JsonMember;
import io.statuslint.finding.Location;
import io.statuslint.model.Body;
import io.statuslint.model.ResourceHint;
import io.statuslint.openapi.model.JsonPointers;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.resolve.RefResolver;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A response declared in a spec, as rules see it. The spec is the contract clients are generated
 * from, so what it does not declare is absent: a header it does not list, content it does not
 * describe. Only a response whose {@code $ref} leads nowhere has unknown facts.
 *
 * <ul>
 *   <li>{@link #header}: present when the response lists the header (names compare ignoring case);
 *   <li>{@link #content}: present when it declares content (OpenAPI 3: a media type under
 *       {@code content}; Swagger 2.0: a {@code schema} or {@code examples});
 *   <li>{@link #body}: its first example as text (JSON for structured examples), else unknown;
 *   <li>{@link #mediaType}: the media type of that example, else the first one declared;
 *   <li>{@link #method}, {@link #url}: the operation's method and path template;
 *   <li>{@link #requestHeader}: always unknown — a spec describes no single request.
 * </ul>
 */
public final class SpecResponseView implements ResponseView, DeclaredBody {

  private final SpecOperationView operation;
  private final StatusKey key;
  private final String pointer;
  private final String file;
  private final int line;
  private final int column;
  private final String component;
  private final SpecObject useSite;
  private final SpecDocument document;
  private final SpecObject response;
  private final Set<String> ignores;
  private Examples.Found example;
  private List<JsonMember> declaredMembers;
  private Boolean sharedWithError;
  private Map<Object, Object> derived;

  SpecResponseView(SpecOperationView operation, SpecDocument responsesDoc, SpecObject responses, int index) {
    this.operation = operation;
    this.key = StatusKey.parse(responses.key(index));
    this.pointer = JsonPointers.append(operation.pointer() + "/responses", responses.key(index));
    this.file = responsesDoc.name();
    Object value = responses.value(index);
    SpecRun run = operation.run();
    Set<String> ig = new LinkedHashSet<>(operation.ignores());
    if (RefResolver.isRef(value)) {
      // Judged where it is used: the position of the $ref, naming the component it points at.
      SpecObject site = (SpecObject) value;
      int at = site.indexOf("$ref");
      this.useSite = site;
      this.line = site.keyLine(at);
      this.column = site.keyColumn(at);
      this.component = (String) site.get("$ref");
      IgnoreList.read(run, responsesDoc, site, ig);
    } else {
      this.useSite = value instanceof SpecObject o ? o : null;
      this.line = responses.keyLine(index);
      this.column = responses.keyColumn(index);
      this.component = operation.component();
    }
    RefResolver.Resolved resolved = run.deref(responsesDoc, value);
    if (resolved != null && resolved.value() instanceof SpecObject r) {
      this.document = resolved.document();
      this.response = r;
      IgnoreList.read(run, document, r, ig);
    } else {
      this.document = responsesDoc;
      this.response = null;
    }
    this.ignores = Collections.unmodifiableSet(ig);
  }

  @Override
  public Surface surface() {
    return Surface.SPEC;
  }

  @Override
  public int status() {
    return key.status();
  }

  @Override
  public String statusText() {
    return key.key();
  }

  @Override
  public boolean exactStatus() {
    return key.exact();
  }

  @Override
  public String method() {
    return operation.method();
  }

  @Override
  public String url() {
    return operation.path();
  }

  @Override
  public Fact header(String name) {
    if (response == null) {
      return Fact.UNKNOWN;
    }
    SpecObject headers = operation.run().derefObject(document, response.get("headers"));
    if (headers == null) {
      return Fact.ABSENT;
    }
    for (int i = 0; i < headers.size(); i++) {
      if (headers.key(i).equalsIgnoreCase(name)) {
        return Fact.PRESENT;
      }
    }
    return Fact.ABSENT;
  }

  /** A spec declares headers, not their values. */
  @Override
  public String headerValue(String name) {
    return null;
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
    if (response == null) {
      return Fact.UNKNOWN;
    }
    if (operation.run().version().isSwagger2()) {
      SpecObject examples = response.object("examples");
      return Fact.of(response.get("schema") != null || (examples != null && !examples.isEmpty()));
    }
    SpecObject content = operation.run().derefObject(document, response.get("content"));
    return Fact.of(content != null && !content.isEmpty());
  }

  @Override
  public Body body() {
    return example().body();
  }

  @Override
  public String mediaType() {
    return example().mediaType();
  }

  private Examples.Found example() {
    if (example == null) {
      example = response == null ? Examples.Found.NONE : Examples.find(operation, document, response);
    }
    return example;
  }

  @Override
  public String description() {
    // OpenAPI 3.1 lets a Reference Object override the description of what it points at.
    if (useSite != null && useSite != response && useSite.get("description") instanceof String d) {
      return d;
    }
    return response == null ? null : response.text("description");
  }

  /** Everything a spec describes is an API response: never a page a browser navigated to. */
  @Override
  public ResourceHint resourceHint() {
    return ResourceHint.API;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(Object derivationKey, Function<ResponseView, T> compute) {
    if (derived == null) {
      derived = new HashMap<>(4);
    } else if (derived.containsKey(derivationKey)) {
      return (T) derived.get(derivationKey);
    }
    T value = compute.apply(this);
    derived.put(derivationKey, value);
    return value;
  }

  /** The top-level properties of the schema beside {@link #mediaType()} (for the body rules). */
  @Override
  public List<JsonMember> declaredMembers() {
    if (declaredMembers == null) {
      declaredMembers = DeclaredSchemas.members(operation.run(), DeclaredSchemas.schemaOf(this));
    }
    return declaredMembers;
  }

  /** Whether one of its schemas is also one of the operation's 4xx/5xx (or default) schemas. */
  @Override
  public boolean sharedWithErrorResponse() {
    if (sharedWithError == null) {
      sharedWithError = DeclaredSchemas.sharedWithError(this);
    }
    return sharedWithError;
  }

  /** The response key as parsed. */
  public StatusKey key() {
    return key;
  }

  /** Whether this is the {@code default} response. */
  public boolean isDefault() {
    return key.kind() == StatusKey.Kind.DEFAULT;
  }

  /** The response object after its {@code $ref}s, or {@code null} when a {@code $ref} leads nowhere. */
  public SpecObject node() {
    return response;
  }

  /** The document holding {@link #node()} (where its own {@code $ref}s resolve). */
  public SpecDocument document() {
    return document;
  }

  public SpecOperationView operation() {
    return operation;
  }

  /** The JSON pointer of the response where it is used, e.g. {@code /paths/~1orders/post/responses/201}. */
  public String pointer() {
    return pointer;
  }

  /** The {@code $ref} it was used through (or its path item's), or {@code null}. */
  public String component() {
    return component;
  }

  /** Rule ids silenced here: the response's, its component's, its operation's and path item's. */
  public Set<String> ignores() {
    return ignores;
  }

  /** Where response findings point: the response's code, or the {@code $ref} that uses it. */
  public Location location() {
    return Location.ofSpec(file, line, column, pointer, component, operation.method(), operation.path(),
        key.exact() ? key.status() : -1);
  }

  @Override
  public String toString() {
    return operation + " -> " + key.key();
  }
}
