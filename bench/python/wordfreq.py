"""wordfreq: word and bigram frequencies of a generated text.

A text of pseudo-words (syllables picked by a linear congruential generator, with capitals and
punctuation) is built, cleaned, split, and counted into dictionaries of words and of word
pairs; the most frequent ones are sorted out and a few string methods run over the result.
Exercises str building, splitting, lowering, stripping, hashing and dict updates.
"""
import sys
import time

DEFAULT_ITERATIONS = 5
WORDS = 60000
SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "to", "su", "pe", "di", "an", "or", "ul",
             "ve", "shi", "qua", "ter", "bo", "zen", "fa", "gri")
PUNCTUATION = (",", ".", ";", "!", "?", ":")


class Lcg(object):
    """A 31-bit linear congruential generator (the constants of the C standard's example)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, limit):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % limit


def generate_text(random, words):
    # A skewed vocabulary: short words are likelier, so that some words repeat a lot.
    parts = []
    for index in range(words):
        length = 1 + random.below(2) + random.below(2) * random.below(3)
        word = "".join([SYLLABLES[random.below(len(SYLLABLES))] for _ in range(length)])
        if random.below(10) == 0:
            word = word.capitalize()
        parts.append(word)
        if random.below(12) == 0:
            parts.append(PUNCTUATION[random.below(len(PUNCTUATION))])
        parts.append("\n" if index % 17 == 16 else " ")
    return "".join(parts)


def tokens(text):
    words = []
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(",.;!?:").lower()
            if word:
                words.append(word)
    return words


def count(words):
    frequencies = {}
    for word in words:
        frequencies[word] = frequencies.get(word, 0) + 1
    bigrams = {}
    previous = None
    for word in words:
        if previous is not None:
            key = previous + " " + word
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        previous = word
    return frequencies, bigrams


def top(frequencies, n):
    ranked = sorted(frequencies.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]


def run():
    text = generate_text(Lcg(2024), WORDS)
    words = tokens(text)
    frequencies, bigrams = count(words)
    best = top(frequencies, 10)
    best_pairs = top(bigrams, 5)
    longest = max(frequencies, key=lambda word: (len(word), word))
    vowels = sum(word.count("a") + word.count("e") for word in frequencies)
    report = "|".join(["%s=%d" % (word, n) for word, n in best + best_pairs])
    return "%d %d %d %s %d %s" % (len(words), len(frequencies), len(bigrams), longest.upper(),
                                  vowels, report.replace(" ", "_"))


# --- The protocol, the same in every program of bench/python ---
# prog.py [ITERATIONS]: every iteration does the same, fixed amount of work. Each one prints
# "bench-iteration INDEX SECONDS"; the end prints "bench-checksum VALUE", which must be the
# same on every implementation. An iteration whose result differs from the first one's makes
# the checksum "inconsistent ...", so that a wrong answer is never mistaken for a time.

def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ITERATIONS
    try:
        timer = time.perf_counter
    except AttributeError:  # Python 2.7
        timer = time.time
    first = None
    odd = None
    for index in range(iterations):
        started = timer()
        result = run()
        elapsed = timer() - started
        sys.stdout.write("bench-iteration %d %.6f\n" % (index, elapsed))
        sys.stdout.flush()
        if index == 0:
            first = result
        elif result != first and odd is None:
            odd = result
    if odd is None:
        sys.stdout.write("bench-checksum %s\n" % (first,))
    else:
        sys.stdout.write("bench-checksum inconsistent: %s then %s\n" % (first, odd))


if __name__ == "__main__":
    main()
