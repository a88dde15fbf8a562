package io.statuslint.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.http.StatusRegistry;
import io.statuslint.model.Body;
import io.statuslint.model.MediaTypes;
import io.statuslint.rule.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds bodies that report a failure: JSON envelopes ({@code "ok": false}, {@code "status": "error"},
 * {@code "code": 500}, a non-empty {@code error} or {@code errors}), Problem Details documents, and HTML
 * error pages. Only top-level members count (RULES.md, success-with-error-body), and a body that
 * carries resource data is a resource, not an envelope: a failed job, a bulk result, GraphQL partial
 * data.
 *
 * <p>Cheap on the hot path: the media type decides first, arrays stop at their first character, and
 * the JSON scan stops at the first member that is resource data or states success, so a normal 2xx
 * body costs a few tokens. Only when a failure is found is the body read again, for a suggestion.
 *
 * <p>The decision on members is {@link #judgeMembers}, shared with the spec side (schema properties
 * given as {@link JsonMember}s).
 */
public final class ErrorEnvelopeDetector {

  /**
   * Jackson databind costs about 0.4 s of class loading on a cold JVM; only a body already judged a
   * failure needs it (for the suggested code), so it is created on first such use, not with the class.
   */
  private static final class Lazy {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** What in the body says the request failed. */
  public enum Signal {
    /** {@code success} or {@code ok} is false. */
    FLAG_FALSE,
    /** {@code status} or {@code result} is error, fail, failed or failure. */
    FAILURE_STATUS,
    /** {@code status}, {@code code} or {@code statusCode} is a number 400–599. */
    ERROR_CODE,
    /** A non-null, non-empty {@code error}. */
    ERROR_MEMBER,
    /** A non-empty {@code errors} and no data. */
    ERRORS_MEMBER,
    /** The body is a Problem Details document. */
    PROBLEM_DETAILS,
    /** The body is an HTML error page. */
    ERROR_PAGE,
    /** (Spec) the 2xx schema is also one of the operation's 4xx/5xx schemas. */
    SHARED_ERROR_SCHEMA
  }

  /**
   * A body that reports a failure.
   *
   * @param reason what says so, as a phrase ({@code "ok" is false})
   * @param evidence a short quote from the body
   * @param suggestedCode the 4xx/5xx code the body points to, or {@code null}
   */
  public record Verdict(Signal signal, String reason, String evidence, Integer suggestedCode) {}

  private ErrorEnvelopeDetector() {}

  /** The failure {@code body} reports, or {@code null} when it reports none (or cannot be read). */
  public static Verdict inspect(Body body, String mediaType) {
    return inspect(body, mediaType, ErrorFields.NONE);
  }

  /**
   * Like {@link #inspect(Body, String)}, where a non-empty member named in {@code errorFields} also
   * reports a failure, as {@code error} does.
   */
  public static Verdict inspect(Body body, String mediaType, ErrorFields errorFields) {
    if (body == null || !body.isReadable()) {
      return null;
    }
    if (ProblemDetails.isProblemMediaType(mediaType)) {
      return problemDetails(body, mediaType);
    }
    if (MediaTypes.isJson(mediaType)) {
      return judgeJson(body, errorFields);
    }
    boolean html = MediaTypes.isHtml(mediaType);
    if (!html && mediaType != null && !mediaType.equals("text/plain")) {
      return null;
    }
    // No or a loose media type: PHP and other stacks send JSON as text/html or text/plain.
    String text = body.textPrefix(JsonBody.MAX_CHARS + 1);
    int i = JsonBody.firstSignificant(text, Math.min(text.length(), 1024));
    if (i >= text.length()) {
      return null;
    }
    char c = text.charAt(i);
    if (c == '{') {
      return judgeJson(body, errorFields);
    }
    if (c == '<' && (html || mediaType == null)) {
      HtmlErrorPages.ErrorPage page = HtmlErrorPages.recognise(text);
      if (page != null) {
        Integer code = page.code() != null ? page.code() : FailureWording.suggestedCode(page.title());
        return new Verdict(Signal.ERROR_PAGE, "it is an HTML error page titled \"" + page.title() + "\"",
            page.title(), errorCodeOrNull(code));
      }
    }
    return null;
  }

  /** Judges a complete list of top-level members (a spec schema's, or a body's already read). */
  public static Verdict judgeMembers(Iterable<JsonMember> members) {
    Judge judge = new Judge(ErrorFields.NONE);
    for (JsonMember m : members) {
      if (!judge.visit(m)) {
        break;
      }
    }
    return judge.verdict();
  }

  private static Verdict judgeJson(Body body, ErrorFields errorFields) {
    Judge judge = new Judge(errorFields);
    JsonBody.Outcome outcome = JsonBody.scan(body, judge);
    // A cut object may hold resource data after the cut: no verdict (RULES.md, "Bodies").
    if (outcome != JsonBody.Outcome.OBJECT && outcome != JsonBody.Outcome.STOPPED) {
      return null;
    }
    Verdict v = judge.verdict();
    if (v == null || v.suggestedCode() != null) {
      return v;
    }
    // A team's own error member ({"fault": {"code": 404}}) is read like "error".
    String errorName = judge.error != null && judge.customError ? judge.error.name() : "error";
    return new Verdict(v.signal(), v.reason(), v.evidence(), codeFromWording(body, errorName, judge.messages));
  }

  private static Verdict problemDetails(Body body, String mediaType) {
    ProblemDetails p = ProblemDetails.read(body, mediaType);
    if (p == null || (p.isJson() && !p.outcome().isObject())) {
      return null;
    }
    return new Verdict(Signal.PROBLEM_DETAILS, "it is a Problem Details document (" + mediaType + ")",
        p.statusEvidence(), errorCodeOrNull(p.status()));
  }

  /** A suggestion from what the messages say, reading nested {@code error}/{@code errors} if need be. */
  private static Integer codeFromWording(Body body, String errorName, List<String> messages) {
    List<String> texts = new ArrayList<>(messages);
    if (body.state() == Body.State.COMPLETE && body.text().length() <= JsonBody.MAX_CHARS) {
      try {
        JsonNode root = Lazy.JSON.readTree(body.text());
        JsonNode error = root.path(errorName);
        for (String field : new String[] {"code", "status"}) {
          JsonNode n = error.path(field);
          if (n.canConvertToInt() && n.isIntegralNumber() && errorCodeOrNull(n.intValue()) != null) {
            return errorCodeOrNull(n.intValue());
          }
          if (n.isTextual()) {
            texts.add(n.textValue());
          }
        }
        texts.add(error.path("message").asText(""));
        texts.add(root.path("errors").path(0).path("message").asText(""));
      } catch (Exception e) {
        // already judged by the scan; the suggestion just stays generic
      }
    }
    for (String t : texts) {
      Integer code = FailureWording.suggestedCode(t);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** {@code code} when it is a 4xx/5xx; an unregistered one becomes its class's x00. */
  static Integer errorCodeOrNull(Integer code) {
    if (code == null || code < 400 || code > 599) {
      return null;
    }
    return StatusRegistry.isRegistered(code) ? code : code / 100 * 100;
  }

  /** Collects the outcome signals of one object's members; stops once the object is a resource. */
  private static final class Judge implements JsonBody.MemberVisitor {
    private final ErrorFields errorFields;
    /** Skips the lookup when no error fields are configured: the default path stays as it was. */
    private final boolean anyErrorFields;
    private JsonMember flagFalse;
    private JsonMember failureStatus;
    private JsonMember errorCode;
    private Integer errorCodeValue;
    private JsonMember error;
    private JsonMember errors;
    private boolean data;
    private boolean resource;
    private boolean saysSuccess;
    private boolean jsonRpc;
    private boolean customError;
    private final List<String> messages = new ArrayList<>(2);

    Judge(ErrorFields errorFields) {
      this.errorFields = errorFields;
      this.anyErrorFields = !errorFields.isEmpty();
    }

    @Override
    public boolean visit(JsonMember m) {
      String n = m.normalisedName();
      if (EnvelopeVocabulary.FLAGS.contains(n) && m.kind() == JsonMember.Kind.BOOLEAN) {
        if (m.isTrue()) {
          saysSuccess = true;
          return false;
        }
        if (m.isFalse() && flagFalse == null) {
          flagFalse = m;
        }
        return true; // false, or a declared flag whose value is not pinned
      }
      if (n.equals("data")) {
        if (m.content() != Fact.ABSENT) {
          data = true;
          // Data with no failure flag before it: a success envelope (JSend puts status first).
          return flagFalse != null || failureStatus != null;
        }
        return true;
      }
      if (n.equals("jsonrpc")) {
        jsonRpc = true;
      }
      if (n.equals("id") && jsonRpc) {
        return true; // JSON-RPC's id names the request, not a resource
      }
      if (EnvelopeVocabulary.OUTCOME_WORDS.contains(n) && m.isString() && m.value() != null) {
        String word = m.value().trim().toLowerCase(Locale.ROOT);
        if (EnvelopeVocabulary.SUCCESS.contains(word)) {
          saysSuccess = true;
          return false;
        }
        if (EnvelopeVocabulary.FAILURE.contains(word) && failureStatus == null) {
          failureStatus = m;
        }
      }
      if (EnvelopeVocabulary.NUMERIC_STATUS.contains(n) && errorCode == null) {
        Integer code = httpStatusIn(m);
        if (code != null) {
          errorCode = m;
          errorCodeValue = code;
        }
      }
      boolean custom = anyErrorFields && errorFields.contains(n);
      if (n.equals("error") || custom) {
        if (reportsError(m)) {
          error = m;
          customError = custom;
          if (m.isString() && messages.size() < 4) {
            messages.add(m.value());
          }
        }
        return true;
      }
      if (n.equals("errors")) {
        // A string counts too: Shopify answers {"errors": "[API] Invalid API key or access token ..."}.
        // Numbers and booleans do not ({"errors": true} beside Elasticsearch's bulk items, error counts).
        boolean container = m.kind() == JsonMember.Kind.ARRAY || m.kind() == JsonMember.Kind.OBJECT;
        if ((container && m.content() == Fact.PRESENT) || (m.isString() && reportsError(m))) {
          errors = m;
        }
        return true;
      }
      boolean outcomeMember = EnvelopeVocabulary.OUTCOME_WORDS.contains(n)
          && (m.isString() || (n.equals("status") && m.kind() == JsonMember.Kind.INTEGER));
      if (outcomeMember || EnvelopeVocabulary.isMessageLike(n)) {
        if (m.isString() && m.value() != null && messages.size() < 4) {
          messages.add(m.value());
        }
        return true;
      }
      if (m.content() == Fact.ABSENT) {
        return true; // null, "", [] and {} carry no resource data
      }
      resource = true;
      return false;
    }

    /** A number 400–599, or a string of exactly such three digits (Jetty writes "status":"404"). */
    private static Integer httpStatusIn(JsonMember m) {
      Integer v = m.intValue();
      if (v == null && m.isString() && m.value() != null && m.value().matches("[45]\\d\\d")) {
        v = Integer.valueOf(m.value());
      }
      return v != null && v >= 400 && v <= 599 ? v : null;
    }

    /** A non-null, non-empty error: not {@code false}, {@code 0}, {@code ""}, {@code "none"}. */
    private static boolean reportsError(JsonMember m) {
      switch (m.kind()) {
        case BOOLEAN:
          return m.isTrue();
        case INTEGER:
        case DECIMAL:
          return m.value() != null && !m.value().matches("-?0+(\\.0+)?");
        case STRING:
          if (m.content() != Fact.PRESENT || m.value() == null) {
            return false;
          }
          String v = m.value().trim().toLowerCase(Locale.ROOT);
          return !(v.equals("none") || v.equals("null") || v.equals("false") || v.equals("0") || v.equals("ok"));
        case OBJECT:
        case ARRAY:
          return m.content() == Fact.PRESENT;
        default:
          return false;
      }
    }

    Verdict verdict() {
      if (resource || saysSuccess) {
        return null;
      }
      Integer code = errorCodeOrNull(errorCodeValue);
      if (flagFalse != null) {
        return new Verdict(Signal.FLAG_FALSE, "\"" + flagFalse.name() + "\" is false", evidence(flagFalse), code);
      }
      if (failureStatus != null) {
        return new Verdict(Signal.FAILURE_STATUS, "\"" + failureStatus.name() + "\" is \""
            + failureStatus.value().trim() + "\"", evidence(failureStatus), code);
      }
      if (data) {
        return null; // RULES.md: errors beside data is partial success (GraphQL), not a failure
      }
      if (errorCode != null) {
        return new Verdict(Signal.ERROR_CODE, "\"" + errorCode.name() + "\" is " + errorCodeValue,
            evidence(errorCode), code);
      }
      if (error != null) {
        String article = "aeiou".indexOf(error.normalisedName().charAt(0)) >= 0 ? "an" : "a";
        return new Verdict(Signal.ERROR_MEMBER, "it carries " + article + " \"" + error.name() + "\" member",
            evidence(error), null);
      }
      if (errors != null) {
        return new Verdict(Signal.ERRORS_MEMBER, "it carries \"" + errors.name() + "\" and no data",
            evidence(errors), null);
      }
      return null;
    }

    private String evidence(JsonMember signal) {
      StringBuilder sb = new StringBuilder(signal.quote());
      if (error != null && error != signal) {
        sb.append(", ").append(error.quote());
      } else if (!messages.isEmpty() && !signal.isString()) {
        sb.append(", \"").append(messages.get(0).length() > 60 ? messages.get(0).substring(0, 59) + "…"
            : messages.get(0)).append('"');
      }
      return sb.toString();
    }
  }
}
