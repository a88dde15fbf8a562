package io.statuslint.test.rules;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads case files: raw HTTP exchanges separated by {@code ###} headings, with expectations as
 * {@code #} marker lines above the request (see {@link RuleCases} for the format).
 */
final class CaseFileParser {

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+)(.*)");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern SUGGESTS = Pattern.compile("#\\s*suggests:\\s*(\\d{3})\\s*");
  private static final Pattern BODY = Pattern.compile("#\\s*body:\\s*(unknown|truncated)(?:\\s+(\\d+))?\\s*");
  private static final Pattern PROVISIONAL = Pattern.compile("#\\s*request-headers:\\s*provisional\\s*");
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP(?:/\\S+)?\\s+(\\d{1,3})(?:\\s+(.*))?");
  private static final Pattern REQUEST_LINE = Pattern.compile("(\\S+)\\s+(\\S+)(?:\\s+HTTP/\\S+)?");

  private final String file;

  CaseFileParser(String file) {
    this.file = file;
  }

  List<RuleCase> parse(String text) {
    List<RuleCase> cases = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].startsWith("###")) {
        if (start >= 0) {
          cases.add(parseCase(lines, start, i));
        } else if (i < lines.length) {
          requireBlank(lines, 0, i);
        }
        start = i;
      }
    }
    if (cases.isEmpty()) {
      throw new IllegalArgumentException(file + ": no case (a case starts with a line \"### title\")");
    }
    return cases;
  }

  private void requireBlank(String[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines[i].isBlank() && !lines[i].startsWith("//")) {
        throw error(i, "text before the first \"###\" heading");
      }
    }
  }

  private RuleCase parseCase(String[] lines, int heading, int end) {
    String title = lines[heading].substring(3).trim();
    List<RuleCase.Expected> expected = new ArrayList<>();
    String bodyMode = null;
    long truncatedSize = -1;
    boolean provisional = false;
    int i = heading + 1;
    for (; i < end && (lines[i].isBlank() || lines[i].startsWith("#")); i++) {
      String line = lines[i].trim();
      Matcher m;
      if (line.isEmpty()) {
        continue;
      } else if ((m = EXPECT.matcher(line)).matches()) {
        expected.add(new RuleCase.Expected(m.group(1), quoted(m.group(2), i), null));
      } else if ((m = SUGGESTS.matcher(line)).matches()) {
        if (expected.isEmpty()) {
          throw error(i, "\"# suggests:\" must follow an \"# expect:\" line");
        }
        RuleCase.Expected last = expected.remove(expected.size() - 1);
        expected.add(new RuleCase.Expected(last.rule(), last.fragments(), Integer.parseInt(m.group(1))));
      } else if ((m = BODY.matcher(line)).matches()) {
        bodyMode = m.group(1);
        truncatedSize = m.group(2) == null ? -1 : Long.parseLong(m.group(2));
      } else if (PROVISIONAL.matcher(line).matches()) {
        provisional = true;
      } else if (!line.startsWith("# ") && !line.equals("#")) {
        throw error(i, "unknown marker \"" + line + "\" (expected # expect:, # suggests:, # body:, "
            + "# request-headers: or a \"# \" comment)");
      }
    }
    if (i >= end) {
      throw error(heading, "case \"" + title + "\" has no request line");
    }
    Matcher request = REQUEST_LINE.matcher(lines[i].trim());
    if (!request.matches()) {
      throw error(i, "expected a request line such as \"GET /orders/42\"");
    }
    int requestLine = i++;
    Headers.Builder requestHeaders = Headers.builder();
    i = headers(lines, i, end, requestHeaders);
    int statusAt = i;
    while (statusAt < end && !STATUS_LINE.matcher(lines[statusAt].trim()).matches()) {
      statusAt++;
    }
    if (statusAt >= end) {
      throw error(requestLine, "case \"" + title + "\" has no status line such as \"HTTP/1.1 201 Created\"");
    }
    String requestBody = join(lines, i, statusAt);
    Matcher status = STATUS_LINE.matcher(lines[statusAt].trim());
    status.matches();
    Headers.Builder responseHeaders = Headers.builder();
    int bodyStart = headers(lines, statusAt + 1, end, responseHeaders);
    Headers resHeaders = responseHeaders.build();
    String responseBody = join(lines, bodyStart, end);
    Body body = responseBody(bodyMode, truncatedSize, responseBody, resHeaders);

    HttpRequest req = new HttpRequest(request.group(1), request.group(2), requestHeaders.build(),
        requestBody.isEmpty() ? Body.absent() : Body.ofText(requestBody), provisional);
    HttpResponse res = new HttpResponse(Integer.parseInt(status.group(1)),
        status.group(2) == null ? "" : status.group(2).trim(), resHeaders, body);
    return new RuleCase(title, file + ":" + (heading + 1), new Exchange(req, res), expected);
  }

  private static Body responseBody(String mode, long size, String text, Headers headers) {
    if ("unknown".equals(mode)) {
      return Body.unknown();
    }
    if ("truncated".equals(mode)) {
      return Body.truncated(text, size);
    }
    return Body.ofBytes(text.getBytes(MediaTypes.charset(headers.first("Content-Type"))),
        MediaTypes.charset(headers.first("Content-Type")));
  }

  /** Reads header lines up to the blank line that ends them; returns the index after it. */
  private int headers(String[] lines, int i, int end, Headers.Builder out) {
    for (; i < end; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        return i + 1;
      }
      if (STATUS_LINE.matcher(line.trim()).matches()) {
        return i; // a request without headers and body, directly followed by the response
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw error(i, "expected a header field \"Name: value\" or a blank line");
      }
      out.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
    }
    return i;
  }

  /** The lines as one text, without the blank lines that separate it from the next part. */
  private static String join(String[] lines, int from, int to) {
    int last = to - 1;
    while (last >= from && lines[last].isBlank()) {
      last--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= last; i++) {
      if (i > from) {
        sb.append('\n');
      }
      sb.append(lines[i]);
    }
    return sb.toString();
  }

  private List<String> quoted(String rest, int line) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(rest);
    int at = 0;
    while (m.find()) {
      if (!rest.substring(at, m.start()).isBlank()) {
        throw error(line, "message fragments must be in double quotes");
      }
      out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      at = m.end();
    }
    if (!rest.substring(at).isBlank()) {
      throw error(line, "message fragments must be in double quotes");
    }
    return out;
  }

  private IllegalArgumentException error(int index, String message) {
    return new IllegalArgumentException(file + ":" + (index + 1) + ": " + message);
  }
}
