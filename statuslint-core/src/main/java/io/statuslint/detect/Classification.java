package io.statuslint.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link IntentClassifier} found in one message: each phrase that matched and was not negated,
 * in text order. Immutable.
 */
public final class Classification {

  /**
   * One phrase found in the message, with its position in the classified text.
   *
   * @param statusLine the phrase is a reason phrase right after its own code ("401 Unauthorized"):
   *     a status line quoted from another response, typically a dependency's
   */
  public record Match(MessageIntent intent, boolean weak, int reasonOf, boolean statusLine, String phrase,
      int start, int end) {}

  private static final Classification NONE = new Classification("", List.of());

  private final String text;
  private final List<Match> matches;
  private final int anyBits;
  private final int strongBits;

  Classification(String text, List<Match> matches) {
    this.text = text;
    this.matches = matches;
    int any = 0;
    int strong = 0;
    for (Match m : matches) {
      any |= m.intent().bit();
      if (!m.weak()) {
        strong |= m.intent().bit();
      }
    }
    this.anyBits = any;
    this.strongBits = strong;
  }

  public static Classification none() {
    return NONE;
  }

  /** The classified text. */
  public String text() {
    return text;
  }

  public List<Match> matches() {
    return Collections.unmodifiableList(matches);
  }

  public boolean isEmpty() {
    return matches.isEmpty();
  }

  /**
   * The same classification without phrases that merely restate {@code status}'s reason phrase: a
   * framework writes those from the code ("error": "Internal Server Error" on a 500, a "404 Not Found"
   * title, "Forbidden: ..." as a label before the explanation), so they say nothing about what the
   * message means. The phrase counts as a restatement when it stands alone on its line (after at most
   * a code, "HTTP", "Status" or "Error") or opens the line as a label followed by punctuation; inside
   * a sentence ("User not found") it is the message's own word and is kept.
   */
  public Classification ignoringReasonPhraseOf(int status) {
    List<Match> kept = null;
    for (int k = 0; k < matches.size(); k++) {
      Match m = matches.get(k);
      boolean drop = m.reasonOf() == status && restates(m);
      if (drop && kept == null) {
        kept = new ArrayList<>(matches.subList(0, k));
      } else if (!drop && kept != null) {
        kept.add(m);
      }
    }
    return kept == null ? this : new Classification(text, kept);
  }

  private boolean restates(Match m) {
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', m.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    // Before: nothing but a code and the words a status line is written with.
    int i = lineStart;
    while (i < m.start()) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int w = i;
        while (i < m.start() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        String word = text.substring(w, i);
        if (!word.equalsIgnoreCase("http") && !word.equalsIgnoreCase("status") && !word.equalsIgnoreCase("error")) {
          return false;
        }
      } else {
        i++;
      }
    }
    // After: the end of the line, or punctuation that opens the explanation.
    for (int j = m.end(); j < lineEnd; j++) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c)) {
        continue;
      }
      return !Character.isLetterOrDigit(c) && c != '\'' && c != '"';
    }
    return true;
  }

  /** Whether a phrase of the intent was found, strong or weak. */
  public boolean has(MessageIntent intent) {
    return (anyBits & intent.bit()) != 0;
  }

  /** Whether a phrase was found that names exactly this intent (not only its family). */
  public boolean hasStrong(MessageIntent intent) {
    return (strongBits & intent.bit()) != 0;
  }

  public boolean hasAny(MessageIntent.Family family) {
    for (Match m : matches) {
      if (m.intent().family() == family) {
        return true;
      }
    }
    return false;
  }

  /** The intents found, strong or weak. */
  public Set<MessageIntent> intents() {
    EnumSet<MessageIntent> s = EnumSet.noneOf(MessageIntent.class);
    for (Match m : matches) {
      s.add(m.intent());
    }
    return s;
  }

  /** The first match of the family in text order, strong ones before weak ones; or null. */
  public Match first(MessageIntent.Family family) {
    Match weak = null;
    for (Match m : matches) {
      if (m.intent().family() == family) {
        if (!m.weak()) {
          return m;
        }
        if (weak == null) {
          weak = m;
        }
      }
    }
    return weak;
  }

  /** Whether a status line of the family is quoted ("upstream said 404 Not Found"). */
  public boolean quotesStatusLine(MessageIntent.Family family) {
    for (Match m : matches) {
      if (m.statusLine() && m.intent().family() == family) {
        return true;
      }
    }
    return false;
  }

  /** The first match of the intent, or null. */
  public Match first(MessageIntent intent) {
    for (Match m : matches) {
      if (m.intent() == intent) {
        return m;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Classification" + matches;
  }
}
