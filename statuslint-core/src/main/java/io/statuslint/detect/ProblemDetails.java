package io.statuslint.detect;

import io.statuslint.model.Body;
import io.statuslint.rule.ResponseView;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Problem Details body (RFC 9457), JSON ({@code application/problem+json}, §3) or XML
 * ({@code application/problem+xml}, Appendix B), read as far as the rules need: whether the JSON is
 * an object, the types of the standard members (§3.1), and {@code status}.
 *
 * <p>The member checks work on {@link JsonMember}s, so a spec's problem schema (its declared property
 * types) is judged by the same code as a recorded body: see {@link #memberTypeErrors}.
 */
public final class ProblemDetails {

  public static final String JSON_TYPE = "application/problem+json";
  public static final String XML_TYPE = "application/problem+xml";

  private static final XMLInputFactory XML = secureXmlFactory();

  private final boolean json;
  private final JsonBody.Outcome outcome;
  private final Integer status;
  private final String statusEvidence;
  private final List<String> typeErrors;

  private ProblemDetails(boolean json, JsonBody.Outcome outcome, Integer status, String statusEvidence,
      List<String> typeErrors) {
    this.json = json;
    this.outcome = outcome;
    this.status = status;
    this.statusEvidence = statusEvidence;
    this.typeErrors = typeErrors;
  }

  /** Whether the media type (essence, lower case) is Problem Details, JSON or XML. */
  public static boolean isProblemMediaType(String mediaType) {
    return JSON_TYPE.equals(mediaType) || XML_TYPE.equals(mediaType);
  }

  /**
   * The problem in a response's body, read once per response and shared by the rules that judge it
   * (problem-details-invalid and problem-status-mismatch read the same document).
   */
  public static ProblemDetails of(ResponseView response) {
    return response.derived(ProblemDetails.class, r -> read(r.body(), r.mediaType()));
  }

  /**
   * The problem in {@code body}, or {@code null} when the media type is not a problem type or the
   * body cannot be read (unknown or absent).
   */
  public static ProblemDetails read(Body body, String mediaType) {
    if (body == null || !body.isReadable()) {
      return null;
    }
    if (JSON_TYPE.equals(mediaType)) {
      return readJson(body);
    }
    if (XML_TYPE.equals(mediaType)) {
      return readXml(body);
    }
    return null;
  }

  private static ProblemDetails readJson(Body body) {
    JsonBody top = JsonBody.of(body);
    if (!top.outcome().isObject()) {
      return new ProblemDetails(true, top.outcome(), null, null, List.of());
    }
    JsonMember s = top.member("status");
    Integer status = s == null ? null : integral(s);
    return new ProblemDetails(true, top.outcome(), status, s == null ? null : s.quote(),
        memberTypeErrors(top.members()));
  }

  /**
   * What is wrong with the standard members' types (RFC 9457 §3.1): {@code type} and {@code instance}
   * must be URI-reference strings, {@code status} an integer, {@code title} and {@code detail}
   * strings. A null member counts as absent (serialisers write unset fields as null, and consumers
   * ignore both alike); extension members are never judged. Empty when all is well.
   */
  public static List<String> memberTypeErrors(Iterable<JsonMember> members) {
    List<String> errors = new ArrayList<>(2);
    for (JsonMember m : members) {
      if (m.isNull()) {
        continue;
      }
      switch (m.name()) {
        case "type":
        case "instance":
          if (!m.isString()) {
            errors.add("\"" + m.name() + "\" is " + describe(m) + ", not a URI reference string");
          } else if (m.value() != null && m.value().length() < JsonMember.MAX_VALUE_CHARS
              && !UriReferences.isUriReference(m.value())) {
            errors.add("\"" + m.name() + "\" is not a URI reference: " + m.quote());
          }
          break;
        case "status":
          if (m.kind() != JsonMember.Kind.INTEGER && integral(m) == null) {
            errors.add("\"status\" is " + describe(m) + ", not an integer");
          }
          break;
        case "title":
        case "detail":
          if (!m.isString()) {
            errors.add("\"" + m.name() + "\" is " + describe(m) + ", not a string");
          }
          break;
        default:
          // an extension member (RFC 9457 §3.2): any type is fine
      }
    }
    return errors;
  }

  /** The integer value of a number member; {@code 404.0} counts as 404. */
  private static Integer integral(JsonMember m) {
    if (m.kind() == JsonMember.Kind.INTEGER) {
      return m.intValue();
    }
    if (m.kind() == JsonMember.Kind.DECIMAL && m.value() != null && m.value().matches("-?\\d{1,9}\\.0+")) {
      return Integer.parseInt(m.value().substring(0, m.value().indexOf('.')));
    }
    return null;
  }

  private static String describe(JsonMember m) {
    switch (m.kind()) {
      case STRING:
        return "a string";
      case INTEGER:
        return "an integer";
      case DECIMAL:
        return "a non-integer number";
      case BOOLEAN:
        return "a boolean";
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      default:
        return "null";
    }
  }

  /** Appendix B: {@code <problem xmlns="urn:ietf:rfc:7807">} with one child element per member. */
  private static ProblemDetails readXml(Body body) {
    String text = body.textPrefix(JsonBody.MAX_CHARS);
    Integer status = null;
    String statusEvidence = null;
    XMLStreamReader r = null;
    try {
      synchronized (XML) {
        r = XML.createXMLStreamReader(new StringReader(text));
      }
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          if (depth == 1 && !"problem".equals(r.getLocalName())) {
            break;
          }
          if (depth == 2 && "status".equals(r.getLocalName())) {
            String value = r.getElementText().trim(); // complete: the end tag was read
            depth--;
            statusEvidence = "<status>" + value + "</status>";
            status = value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // a truncated or broken document: keep what was read before the break
    } finally {
      close(r);
    }
    return new ProblemDetails(false, null, status, statusEvidence, List.of());
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing to release beyond the string reader
      }
    }
  }

  private static XMLInputFactory secureXmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // Recorded bodies are hostile input: no DTDs, no external entities (XXE).
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** Whether this is the JSON format (else XML). */
  public boolean isJson() {
    return json;
  }

  /** For JSON: what the body is; {@code null} for XML. */
  public JsonBody.Outcome outcome() {
    return outcome;
  }

  /** The {@code status} member when it is an integer, else {@code null}. */
  public Integer status() {
    return status;
  }

  /** A quote of the status member, for evidence. */
  public String statusEvidence() {
    return statusEvidence;
  }

  /** For a JSON object: what is wrong with its standard members' types. */
  public List<String> typeErrors() {
    return typeErrors;
  }
}
