package io.statuslint.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What statuslint treats as a secret, in one place: which header fields and query parameters carry
 * credentials, and which values in free text (a body quoted as evidence) are credentials. Recordings
 * ({@code traffic.SecretRedactor}), evidence ({@code finding.Evidence}) and the probe's handling of the
 * user's credentials all ask here; each decides only how to mask what this class calls secret.
 *
 * <p>The names share one vocabulary of credential words (API key, token, secret, password, session,
 * authorization, cookie). Header names are judged broadly, since a header exists to carry what its
 * name says; query parameters and body members more narrowly, since {@code keyword}, {@code code} or
 * {@code signature} in a body are mostly ordinary data.
 */
public final class Secrets {

  /** What every masked value becomes. */
  public static final String MASK = "[redacted]";

  /** Words that make a name a credential's name, in a header, a parameter or a body (as regex). */
  private static final String CREDENTIAL_WORDS =
      "api[_-]?key|token|secret|password|passwd|pwd|session(?:id)?|authorization|cookie";
  /** Header names go further: any {@code auth} ({@code X-Auth-User}) and signatures are credentials too. */
  private static final Pattern HEADER_WORDS = Pattern.compile(CREDENTIAL_WORDS + "|auth|signature");

  /** Credential fields under names the credential words do not cover. */
  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "set-cookie2", "x-api-key", "api-key",
      "apikey", "x-apikey", "x-auth-token", "x-access-token", "x-amz-security-token", "x-goog-api-key",
      "x-csrf-token", "x-xsrf-token", "ocp-apim-subscription-key");
  /** Fields that carry a challenge or authentication metadata, never a credential (RFC 9110 §11.6, §11.7). */
  private static final Set<String> CHALLENGE_HEADERS = Set.of(
      "www-authenticate", "proxy-authenticate", "authentication-info", "proxy-authentication-info");
  /** Parameters that carry credentials in URLs under short or vendor names (OAuth's code, AWS and Azure signatures). */
  private static final Set<String> SECRET_PARAMS = Set.of(
      "api_key", "apikey", "api-key", "key", "token", "access_token", "refresh_token", "id_token", "auth",
      "secret", "client_secret", "password", "passwd", "pwd", "sig", "signature", "session", "sessionid",
      "x-amz-signature", "x-amz-security-token", "x-amz-credential", "code");

  /** The schemes of the Authorization field (RFC 9110 §11.4) that a credential follows. */
  private static final Pattern SCHEME_AND_CREDENTIAL =
      Pattern.compile("(?i)\\b(bearer|basic|digest|token)\\s+[A-Za-z0-9._~+/=-]{6,}");
  private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)bearer|basic|digest|token");
  /** A JSON Web Token: base64url header starting {@code {"} (eyJ), payload and signature. */
  private static final Pattern JWT =
      Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
  /** Keys whose vendor prefix gives them away: Stripe sk/pk/rk, GitHub ghp/gho/ghs, Slack xox*, AWS AKIA. */
  private static final Pattern PREFIXED_KEY =
      Pattern.compile("\\b(?:sk|pk|rk|ghp|gho|ghs|xox[abpr]|AKIA)[A-Za-z0-9_-]{12,}\\b");
  /**
   * {@code password=…}, {@code "api_key": "…"}, {@code access_token=…}: a name ending in a credential
   * word, then its value (the name before the word, {@code access_}, is left as it is).
   */
  private static final Pattern NAMED_VALUE =
      Pattern.compile("(?i)((?:" + CREDENTIAL_WORDS + ")\"?\\s*[:=]\\s*\"?)([^\"&;,\\s]{3,})");

  private Secrets() {}

  /**
   * Whether a header field carries a credential or a session: the known fields, and any whose name
   * holds a credential word ({@code X-Auth-User}, {@code X-Session-Id}, {@code X-Refresh-Token},
   * {@code Signature}). Challenges ({@code WWW-Authenticate}) are not credentials.
   */
  public static boolean isSecretHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (SECRET_HEADERS.contains(n)) {
      return true;
    }
    if (CHALLENGE_HEADERS.contains(n)) {
      return false;
    }
    return HEADER_WORDS.matcher(n).find();
  }

  /**
   * Whether a query parameter carries a credential: the known names, names ending in a token, a
   * signature or a session id ({@code accessToken}, {@code X-Goog-Signature}, {@code PHPSESSID}), and
   * names holding an API key, a secret or a password ({@code partner_api_key}). Names that merely
   * contain "key" or "auth" ({@code keyword}, {@code author}) are data.
   */
  public static boolean isSecretParameter(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_PARAMS.contains(n) || n.endsWith("token") || n.endsWith("signature") || n.endsWith("sessid")
        || n.endsWith("sessionid") || isApiKey(n) || n.contains("secret") || n.contains("password");
  }

  /** Whether {@code word} is an authentication scheme name rather than a credential. */
  public static boolean isAuthScheme(String word) {
    return AUTH_SCHEME.matcher(word).matches();
  }

  /**
   * {@code text} with every credential-looking value masked: JSON Web Tokens, the credential after an
   * authentication scheme ({@code Bearer …}, kept: the scheme), vendor-prefixed API keys, and the
   * value after a credential word ({@code password=…}, {@code "access_token": "…"}). Names stay, so the
   * text still says what was there.
   */
  public static String redactText(String text) {
    // Every finding's evidence passes here, so each pattern runs only where the words or the long
    // run of key characters it needs occur (the mask itself never adds any).
    String lower = text.toLowerCase(Locale.ROOT);
    String r = text;
    if (text.contains("eyJ")) {
      r = JWT.matcher(r).replaceAll(MASK);
    }
    if (containsAny(lower, "bearer", "basic", "digest", "token")) {
      r = SCHEME_AND_CREDENTIAL.matcher(r).replaceAll("$1 " + MASK);
    }
    if (hasRunOfKeyCharacters(r, 14)) {
      r = PREFIXED_KEY.matcher(r).replaceAll(MASK);
    }
    if ((text.indexOf(':') >= 0 || text.indexOf('=') >= 0)
        && containsAny(lower, "key", "token", "secret", "passw", "pwd", "session", "authorization", "cookie")) {
      r = NAMED_VALUE.matcher(r).replaceAll("$1" + MASK);
    }
    return r;
  }

  private static boolean containsAny(String text, String... words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds {@code length} characters in a row that an API key is made of. */
  private static boolean hasRunOfKeyCharacters(String text, int length) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keyChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      run = keyChar ? run + 1 : 0;
      if (run >= length) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApiKey(String lowerName) {
    return lowerName.contains("apikey") || lowerName.contains("api_key") || lowerName.contains("api-key");
  }
}
