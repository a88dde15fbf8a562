package io.statuslint.probe.endpoints;

import io.statuslint.openapi.LintResult;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecProblem;
import io.statuslint.openapi.SpecSource;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.resolve.RefResolver;
import io.statuslint.openapi.walk.SpecOperationView;
import io.statuslint.model.Secrets;
import io.statuslint.rule.Fact;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints of an OpenAPI (3.0, 3.1) or Swagger 2.0 document: one per path template, its
 * parameters filled in ({@link ParameterValues}), with the methods the spec declares there, whether
 * its operation is secured, and the media types each method takes as request content.
 *
 * <p>Where the paths live: the BASE_URL always names the host. When BASE_URL has a path of its own,
 * the spec's paths go under it and the spec's servers are ignored; when it has none, the path of the
 * spec's first server (Swagger 2.0: its {@code basePath}) is put in front, so that
 * {@code probe http://localhost:8080 --spec api.yaml} with {@code servers: [{url: /v1}]} probes
 * {@code /v1/orders}. A spec without servers uses the paths as they are.
 *
 * <p>Webhooks and callbacks are requests the API sends, not ones it answers: they are left out.
 */
public final class SpecEndpoints implements EndpointSource {

  public static final int DEFAULT_MAX_ENDPOINTS = 200;
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}/]+)}");

  private final List<Endpoint> endpoints;
  private final int operations;
  private final int left;
  private final String prefix;
  private final List<SpecProblem> problems;

  private SpecEndpoints(List<Endpoint> endpoints, int operations, int left, String prefix,
      List<SpecProblem> problems) {
    this.endpoints = List.copyOf(endpoints);
    this.operations = operations;
    this.left = left;
    this.prefix = prefix;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads {@code source} and makes its endpoints under {@code base}, at most {@code maxEndpoints} of
   * them (in document order).
   *
   * @throws UnreadableSpecException when the spec cannot be read at all (one line says why)
   */
  public static SpecEndpoints read(SpecLinter linter, SpecSource source, URI base, int maxEndpoints)
      throws UnreadableSpecException {
    if (maxEndpoints < 1) {
      throw new IllegalArgumentException("the endpoint cap must be positive");
    }
    Map<String, List<SpecOperationView>> byTemplate = new LinkedHashMap<>();
    String[] serverPath = {null};
    LintResult result = linter.operations(source, op -> {
      if (serverPath[0] == null) {
        serverPath[0] = serverPath(op);
      }
      if (op.pointer().startsWith("/paths/") && !op.pointer().contains("/callbacks/")) {
        byTemplate.computeIfAbsent(op.path(), k -> new ArrayList<>()).add(op);
      }
    });
    if (!result.readable()) {
      throw new UnreadableSpecException(result.problems().stream().filter(SpecProblem::fatal).findFirst()
          .orElseThrow());
    }
    String basePath = base.getRawPath() == null ? "" : trimSlash(base.getRawPath());
    String prefix = !basePath.isEmpty() ? basePath : trimSlash(serverPath[0] == null ? "" : serverPath[0]);
    List<Endpoint> out = new ArrayList<>();
    int operations = 0;
    int left = 0;
    for (Map.Entry<String, List<SpecOperationView>> e : byTemplate.entrySet()) {
      if (out.size() >= maxEndpoints) {
        left++;
        continue;
      }
      operations += e.getValue().size();
      out.add(endpoint(prefix, basePath.isEmpty(), e.getKey(), e.getValue(), source.name()));
    }
    return new SpecEndpoints(out, operations, left, prefix, result.problems());
  }

  @Override
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** How many operations the endpoints hold. */
  public int operations() {
    return operations;
  }

  /** How many path templates the cap left out. */
  public int leftOut() {
    return left;
  }

  /** The path put in front of every spec path ({@code ""} for none). */
  public String prefix() {
    return prefix;
  }

  /** What could not be read without stopping the probe: {@code $ref}s that lead nowhere. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static Endpoint endpoint(String documentPrefix, boolean ownServers, String template,
      List<SpecOperationView> ops, String specName) {
    SpecOperationView get = ops.stream().filter(o -> o.method().equals("GET")).findFirst().orElse(null);
    // GET is what the probe sends first, so its parameters, security and servers are the ones that count.
    SpecOperationView main = get != null ? get : ops.get(0);
    String own = ownServers ? ownServerPath(main) : null;
    String prefix = own != null ? trimSlash(own) : documentPrefix;
    Set<String> methods = new java.util.TreeSet<>();
    Map<String, List<String>> media = new TreeMap<>();
    for (SpecOperationView op : ops) {
      methods.add(op.method());
      List<String> types = requestMediaTypes(op);
      if (!types.isEmpty()) {
        media.put(op.method(), types);
      }
    }
    Boolean secured;
    if (get != null) {
      secured = secured(get);
    } else if (ops.stream().allMatch(SpecEndpoints::secured)) {
      secured = Boolean.TRUE;
    } else {
      secured = ops.stream().noneMatch(SpecEndpoints::secured) ? Boolean.FALSE : null;
    }
    String path = prefix + fill(template, ParameterValues.of(main, "path", false))
        + query(ParameterValues.of(main, "query", true));
    return new Endpoint(path.startsWith("/") ? path : "/" + path, prefix + template, methods, secured, media,
        requiredHeaders(main), specName);
  }

  /**
   * The required header and cookie parameters, with values: without them a server answers 400 to
   * every experiment and the probe learns nothing about the rest. Accept, Content-Type and
   * Authorization are left out (OpenAPI 3 ignores them as parameters, RFC-wise they are the
   * experiments' and the user's to set), as are credentials, which only the user supplies.
   */
  static Map<String, String> requiredHeaders(SpecOperationView op) {
    Map<String, String> headers = new LinkedHashMap<>();
    ParameterValues.of(op, "header", true).forEach((name, value) -> {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (!lower.equals("accept") && !lower.equals("content-type") && !lower.equals("authorization")
          && !Secrets.isSecretHeader(name) && isToken(name)) {
        headers.put(name, fieldValue(value));
      }
    });
    StringBuilder cookie = new StringBuilder();
    ParameterValues.of(op, "cookie", true).forEach((name, value) -> {
      if (isToken(name) && !Secrets.isSecretParameter(name)) {
        cookie.append(cookie.length() == 0 ? "" : "; ").append(name).append('=').append(ParameterValues.segment(value));
      }
    });
    if (cookie.length() > 0) {
      headers.put("Cookie", cookie.toString());
    }
    return headers;
  }

  /** A field or cookie name must be an RFC 9110 token; a spec may say anything. */
  private static boolean isToken(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0);
  }

  /** Header values are one line of visible text (RFC 9110 §5.5); an example with a newline is cut there. */
  private static String fieldValue(String value) {
    int nl = value.indexOf('\n');
    String v = nl < 0 ? value : value.substring(0, nl);
    return v.replace('\r', ' ').strip();
  }

  /**
   * Secured: the effective requirements (the operation's own, else the document's) are not empty and
   * none of the alternatives is the empty one, {@code {}}, which lets anonymous callers in.
   */
  static boolean secured(SpecOperationView op) {
    List<List<String>> security = op.security();
    return !security.isEmpty() && security.stream().noneMatch(List::isEmpty);
  }

  /** {@code /orders/{id}} with {@code id=7} is {@code /orders/7}; an undeclared name gets a string. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = TEMPLATE.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = values.getOrDefault(m.group(1), ParameterValues.TEXT);
      m.appendReplacement(sb, Matcher.quoteReplacement(ParameterValues.segment(v)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String query(Map<String, String> required) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : required.entrySet()) {
      sb.append(sb.length() == 0 ? '?' : '&').append(ParameterValues.segment(e.getKey())).append('=')
          .append(ParameterValues.segment(e.getValue()));
    }
    return sb.toString();
  }

  /** OpenAPI 3: the requestBody's content types; Swagger 2.0: consumes, when there is a body parameter. */
  static List<String> requestMediaTypes(SpecOperationView op) {
    if (op.swagger2()) {
      if (op.requestBody() != Fact.PRESENT) {
        return List.of();
      }
      SpecArray consumes = op.node().array("consumes");
      if (consumes == null) {
        consumes = op.rootObject().array("consumes");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; consumes != null && i < consumes.size(); i++) {
        if (consumes.get(i) instanceof String s) {
          out.add(s);
        }
      }
      return out;
    }
    RefResolver.Resolved body = op.deref(op.document(), op.node().get("requestBody"));
    if (body == null || !(body.value() instanceof SpecObject b) || b.object("content") == null) {
      return List.of();
    }
    SpecObject content = b.object("content");
    List<String> out = new ArrayList<>(content.size());
    for (int i = 0; i < content.size(); i++) {
      out.add(content.key(i));
    }
    return out;
  }

  /**
   * The path of the first server ({@code /v1} of {@code https://api.example.com/v1} or of {@code /v1},
   * its variables replaced by their defaults); Swagger 2.0's basePath. {@code ""} when there is none.
   */
  static String serverPath(SpecOperationView op) {
    SpecObject root = op.rootObject();
    if (op.swagger2()) {
      String basePath = root.text("basePath");
      return basePath == null ? "" : basePath;
    }
    String path = firstServerPath(root.array("servers"));
    return path == null ? "" : path;
  }

  /**
   * The path of the operation's own {@code servers}, else its path item's (OpenAPI 3 lets both
   * override the document's); null when neither declares any. Only the path is taken: the probe
   * never leaves the BASE_URL's host, whatever host a server names.
   */
  static String ownServerPath(SpecOperationView op) {
    if (op.swagger2()) {
      return null;
    }
    String own = firstServerPath(op.node().array("servers"));
    return own != null ? own : firstServerPath(op.pathItem().array("servers"));
  }

  /** The path of the first entry of a servers list, variables at their defaults; null for none. */
  private static String firstServerPath(SpecArray servers) {
    if (servers == null || servers.size() == 0 || !(servers.get(0) instanceof SpecObject server)
        || server.text("url") == null) {
      return null;
    }
    String url = server.text("url");
    SpecObject variables = server.object("variables");
    Matcher m = TEMPLATE.matcher(url);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      SpecObject variable = variables == null ? null : variables.object(m.group(1));
      String v = variable == null ? null : ParameterValues.scalar(variable.get("default"));
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v));
    }
    m.appendTail(sb);
    url = sb.toString();
    try {
      URI u = URI.create(url.replace(" ", "%20"));
      return u.getRawPath() == null ? "" : u.getRawPath();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String trimSlash(String p) {
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /** The spec could not be read: {@link #problem()} says why, in one line. */
  public static final class UnreadableSpecException extends Exception {
    private final transient SpecProblem problem;

    UnreadableSpecException(SpecProblem problem) {
      super(problem.oneLine());
      this.problem = problem;
    }

    public SpecProblem problem() {
      return problem;
    }
  }
}
