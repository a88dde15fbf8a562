package io.statuslint.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a short error message and says what it is about ({@link MessageIntent}), so a rule can
 * compare the status code with the message's meaning. English phrases come from a
 * {@link PhraseBook}; the classifier adds the parts that are not a phrase list:
 *
 * <ul>
 *   <li>one pass over the words, taking at each word the longest phrase that starts there, so a
 *       longer phrase shadows the shorter ones inside it ("template not found" is not "not found";
 *       "duplicate field" in a JSON parse error is not a duplicate resource);
 *   <li>negation: a phrase preceded, within its clause, by "no", "not", "without"… within two words
 *       does not count ("no conflict", "not a duplicate");
 *   <li>quoted values are opaque and identifiers stay whole (see {@link MessageTokens}).
 * </ul>
 *
 * <p>Stateless and thread-safe. Cost is linear in the message, which is capped at
 * {@link #MAX_CHARS} characters.
 */
public final class IntentClassifier {

  /** Only the first this-many characters of a message are read. */
  public static final int MAX_CHARS = 2_000;

  private static final int MAX_TOKENS = 400;
  private static final int MAX_MATCHES = 32;
  private static final int NEGATION_WINDOW = 2;
  private static final Set<String> NEGATORS = Set.of("no", "not", "never", "without", "none",
      "nothing", "non", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't",
      "hasn't", "haven't", "neither", "nor");

  private static volatile IntentClassifier defaults;

  private final PhraseBook book;

  public IntentClassifier(PhraseBook book) {
    this.book = book;
  }

  /** A classifier over {@link PhraseBook#defaults()}. */
  public static IntentClassifier defaults() {
    IntentClassifier c = defaults;
    if (c == null) {
      c = new IntentClassifier(PhraseBook.defaults());
      defaults = c;
    }
    return c;
  }

  public PhraseBook phraseBook() {
    return book;
  }

  /** Classifies {@code message}; null or blank gives {@link Classification#none()}. */
  public Classification classify(String message) {
    if (message == null || message.isBlank()) {
      return Classification.none();
    }
    String text = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) : message;
    MessageTokens t = MessageTokens.of(text, MAX_TOKENS);
    PhraseBook.Node root = book.root();
    List<Classification.Match> found = null;
    int lastEnd = 0;
    int i = 0;
    Longest best = new Longest();
    while (i < t.size) {
      best.phrase = null;
      best.end = i;
      longest(root, t, i, i, best);
      if (best.phrase == null) {
        i++;
        continue;
      }
      PhraseBook.Phrase p = best.phrase;
      if (p.intent() != MessageIntent.NEUTRAL && !negated(t, i, lastEnd)) {
        if (found == null) {
          found = new ArrayList<>(4);
        }
        found.add(new Classification.Match(p.intent(), p.weak(), p.reasonOf(), statusLine(t, i, p.reasonOf()),
            p.text(), t.start[i], t.end[best.end - 1]));
        if (found.size() >= MAX_MATCHES) {
          break;
        }
      }
      lastEnd = best.end;
      i = best.end;
    }
    return found == null ? Classification.none() : new Classification(text, found);
  }

  private static final class Longest {
    PhraseBook.Phrase phrase;
    int end;
  }

  /** Walks the trie from word {@code j}; records the longest phrase that starts at {@code from}. */
  private static void longest(PhraseBook.Node node, MessageTokens t, int from, int j, Longest best) {
    if (node.phrase != null && j > best.end) {
      best.phrase = node.phrase;
      best.end = j;
    }
    if (j >= t.size || (j > from && t.breakBefore[j] != MessageTokens.NONE)) {
      return;
    }
    if (node.next != null) {
      PhraseBook.Node child = node.next.get(t.words[j]);
      if (child != null) {
        longest(child, t, from, j + 1, best);
      }
    }
    if (node.gap != null) {
      for (int k = 1; k <= PhraseBook.maxGap() && j + k <= t.size; k++) {
        int skipped = j + k - 1;
        if (skipped > from && skipped > j && t.breakBefore[skipped] != MessageTokens.NONE) {
          break;
        }
        longest(node.gap, t, from, j + k, best);
      }
    }
  }

  /** Whether the reason phrase at {@code start} follows its own code: "404 Not Found". */
  private static boolean statusLine(MessageTokens t, int start, int reasonOf) {
    return reasonOf != 0 && start > 0 && t.breakBefore[start] == MessageTokens.NONE
        && t.words[start - 1].equals(Integer.toString(reasonOf));
  }

  /**
   * Whether a negating word stands up to two words before {@code start} in the same clause and
   * outside the previous match ("no conflict", "is not a duplicate" → no).
   */
  private static boolean negated(MessageTokens t, int start, int lastEnd) {
    for (int k = start - 1, seen = 0; k >= lastEnd && seen < NEGATION_WINDOW; k--, seen++) {
      if (t.breakBefore[k + 1] != MessageTokens.NONE) {
        return false;
      }
      if (NEGATORS.contains(t.words[k])) {
        return true;
      }
    }
    return false;
  }
}
