#!/usr/bin/env python3
"""Independent oracle for the expected scores of the golden cases.

This file is an independent oracle used to derive the expected golden scores
under testdata/golden/. It was written from DESIGN.md (sections 2.1 and 2.2)
and the textbook definitions of Jaro, Jaro-Winkler and the optimal string
alignment distance, NOT from the Go code of the score, normalize or locale
packages. Standard library only.

Scope, since issue 7 (2026-11-27): names (score.Name: the edit-budget word
measure, roles, titles, nicknames, the weakest-part cap) and addresses
(score.Address) of several words are no longer scored by the pairing below,
so this oracle does not give their expected scores; their independent
references are the slow textbook implementations in score/ref_test.go,
compared with the kernels on random and fuzzed input. The rest (one word
against one, numbers, street numbers, email, kana, the other text
attributes) is as written here.

Usage:
    python3 score.py ATTRIBUTE REQUEST_VALUE RECORD_VALUE [RECORD_VALUE...]
        prints S, 100*S and the expected score min(99, round(100*S)); with
        several record values (composed names) the best is taken.
    python3 score.py --selftest
        checks the oracle against the examples DESIGN.md gives.

Rules implemented (DESIGN.md 2.1 / 2.2):
  * text fold: NFKC, Unicode case fold, every run of characters that are not
    letters, marks or digits (punctuation, symbols, spaces) as one space,
    trimmed; then Latin diacritics removed (from Latin letters only, so kana
    voicing marks stay) and the fold table (o-slash -> o, l-stroke -> l, ...).
  * one word against one word: Jaro-Winkler (textbook Jaro, t = half the
    transpositions as a float, match window max(len)//2 - 1, the smaller
    string by Python comparison passed first; Winkler boost with a common
    prefix of at most 4 runes, p = 0.1, only when Jaro > 0.7).
  * words with digits: number similarity (score.Number): 1 when equal; 0.85
    when the digit strings agree and the letters differ; 0 when only one side
    has digits; otherwise 1 - OSA/len (len = the longer digit string), at
    most 0.6.
  * several words: optimal one-to-one pairing (brute force), maximising
    sum s*(|q|+|r|); S = sum s*(|q|+|r|) / (sum(|q|+|r|) + 1.6*sum|q unpaired|
    + 0.4*sum|r unpaired|); x0.95 when the pairs are in a different order;
    capped at 0.6 when both sides hold digit words and the sorted lists of
    their digit strings differ.
  * streetNumber: Number on the canonical house numbers (letters and digits,
    '-' kept between two digits).
  * email: Jaro-Winkler on the whole address trimmed, NFKC, case-folded.
  * kana: as several words on the katakana form (text fold, hiragana as
    katakana).
"""

import itertools
import sys
import unicodedata

FOLD_TABLE = {
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe",
    "ı": "i", "þ": "th", "ħ": "h", "ŧ": "t", "ß": "ss",
}


def text_fold(s):
    """NFKC, case fold, runs of non letter/mark/digit as one space, trimmed."""
    s = unicodedata.normalize("NFKC", s).casefold()
    out = []
    space = False
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in ("L", "M", "N"):
            if space and out:
                out.append(" ")
            space = False
            out.append(ch)
        else:
            space = True
    return "".join(out)


def is_latin(ch):
    try:
        return unicodedata.name(ch).startswith("LATIN ")
    except ValueError:
        return False


def diacritic_fold(s):
    """Remove combining marks that follow a Latin letter; apply the table."""
    d = unicodedata.normalize("NFD", s)
    out = []
    base_latin = False
    for ch in d:
        if unicodedata.combining(ch):
            if base_latin:
                continue
            out.append(ch)
            continue
        base_latin = is_latin(ch)
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    return "".join(FOLD_TABLE.get(ch, ch) for ch in s)


def canon(s):
    """The diacritic-folded canonical form used for scoring."""
    return diacritic_fold(text_fold(s))


def to_katakana(s):
    return "".join(chr(ord(c) + 0x60) if 0x3041 <= ord(c) <= 0x3096 else c for c in s)


def jaro(a, b):
    if a > b:
        a, b = b, a  # the smaller string (Python comparison) first
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if la == 0 or lb == 0:
        return 0.0
    window = max(la, lb) // 2 - 1
    used_b = [False] * lb
    match_a = [False] * la
    m = 0
    for i in range(la):
        for j in range(max(0, i - window), min(lb, i + window + 1)):
            if not used_b[j] and a[i] == b[j]:
                used_b[j] = True
                match_a[i] = True
                m += 1
                break
    if m == 0:
        return 0.0
    seq_a = [a[i] for i in range(la) if match_a[i]]
    seq_b = [b[j] for j in range(lb) if used_b[j]]
    t = sum(1 for x, y in zip(seq_a, seq_b) if x != y) / 2.0
    return (m / la + m / lb + (m - t) / m) / 3.0


def jaro_winkler(a, b):
    if a > b:
        a, b = b, a
    j = jaro(a, b)
    if j <= 0.7:
        return j
    prefix = 0
    for x, y in zip(a, b):
        if x != y or prefix == 4:
            break
        prefix += 1
    return j + 0.1 * prefix * (1.0 - j)


def osa(a, b):
    """Optimal string alignment distance (restricted Damerau-Levenshtein)."""
    la, lb = len(a), len(b)
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


def digits(s):
    return "".join(c for c in s if c.isdigit())


def letters(s):
    return "".join(c for c in s if c.isalpha())


def has_digit(s):
    return any(c.isdigit() for c in s)


def number(a, b):
    if a == b:
        return 1.0
    da, db = digits(a), digits(b)
    if da and db and da == db and letters(a) != letters(b):
        # "0.85 when the digits agree and only letters differ" (12A vs 12B).
        # When the digits agree and no letter differs (12-14 vs 1214: only
        # the kept '-' differs), this branch does not apply and the
        # "otherwise" branch gives 1 - 0/len, at most 0.6.
        return 0.85
    if bool(da) != bool(db):
        return 0.0
    return min(0.6, 1.0 - osa(da, db) / max(len(da), len(db)))


def word_score(a, b):
    if has_digit(a) or has_digit(b):
        return number(a, b)
    return jaro_winkler(a, b)


def tokens(q, r):
    """Several words: q, r are lists of words (request, record).

    DESIGN 2.2: the words are paired one to one to maximise the sum of pair
    scores weighted by the two words' lengths; pairs that score 0 are left
    unpaired. When that pairing crosses (x0.95), the best pairing that keeps
    the order is scored too, and the higher S wins."""
    n, m = len(q), len(r)
    best_any, best_ordered = None, None
    # Every partial one-to-one pairing, by brute force.
    for k in range(0, min(n, m) + 1):
        for qs in itertools.combinations(range(n), k):
            for rs in itertools.permutations(range(m), k):
                pairs = [(i, j) for i, j in zip(qs, rs) if word_score(q[i], r[j]) > 0]
                if len(pairs) != k:
                    continue
                cand = _evaluate(q, r, pairs)
                best_any = _better(best_any, cand)
                if not _crosses(pairs):
                    best_ordered = _better(best_ordered, cand, warn=False)
    s, notes = _score(q, r, best_any[1])
    if _crosses(best_any[1]):
        s_ord, notes_ord = _score(q, r, best_ordered[1])
        if s_ord >= s:
            s, notes = s_ord, notes_ord + ["ordered pairing beats the crossing one"]
            best_any = best_ordered
    dq = sorted(w for w in q if has_digit(w))
    dr = sorted(w for w in r if has_digit(w))
    if dq and dr and sorted(digits(w) for w in dq) != sorted(digits(w) for w in dr):
        s = min(s, 0.6)
        notes.append("NUMBER_MISMATCH cap 0.6")
    return s, best_any[1], notes


def _crosses(pairs):
    js = [j for _, j in sorted(pairs)]
    return js != sorted(js)


def _score(q, r, pairs):
    """S of one pairing, x0.95 when it crosses."""
    n, m = len(q), len(r)
    num = _evaluate(q, r, pairs)[0]
    paired_q = {i for i, _ in pairs}
    paired_r = {j for _, j in pairs}
    den = sum(len(q[i]) + len(r[j]) for i, j in pairs)
    den += 1.6 * sum(len(q[i]) for i in range(n) if i not in paired_q)
    den += 0.4 * sum(len(r[j]) for j in range(m) if j not in paired_r)
    s = num / den if den else 0.0
    notes = []
    if _crosses(pairs):
        s *= 0.95
        notes.append("ORDER_SWAP x0.95")
    return s, notes


def _evaluate(q, r, pairs):
    num = sum(word_score(q[i], r[j]) * (len(q[i]) + len(r[j])) for i, j in pairs)
    return (num, sorted(pairs))


def _better(best, cand, warn=True):
    if best is None or cand[0] > best[0] + 1e-12:
        return cand
    if warn and abs(cand[0] - best[0]) <= 1e-12 and cand[1] != best[1]:
        # A tie between pairings: flag it, the result may depend on the tie-break.
        sys.stderr.write("warning: tie between pairings %s and %s\n" % (best[1], cand[1]))
    return best


def text_similarity(qs, rs):
    q, r = qs.split(" "), rs.split(" ")
    if len(q) == 1 and len(r) == 1:
        return word_score(q[0], r[0]), []
    s, pairs, notes = tokens(q, r)
    return s, notes + ["pairs %s" % [(q[i], r[j], round(word_score(q[i], r[j]), 6)) for i, j in pairs]]


def house_number(s):
    """streetNumber key: text fold, then letters and digits only, with a '-'
    kept between two digits."""
    raw = unicodedata.normalize("NFKC", s).casefold()
    out = []
    for i, ch in enumerate(raw):
        if ch.isalnum():
            out.append(ch)
        elif ch == "-":
            before = raw[i - 1] if i > 0 else ""
            after = raw[i + 1] if i + 1 < len(raw) else ""
            if before.isdigit() and after.isdigit():
                out.append("-")
    return diacritic_fold("".join(out))


def similarity(attr, req, rec):
    if attr == "streetNumber":
        return number(house_number(req), house_number(rec)), []
    if attr == "email":
        a = unicodedata.normalize("NFKC", req.strip()).casefold()
        b = unicodedata.normalize("NFKC", rec.strip()).casefold()
        return jaro_winkler(a, b), []
    if attr in ("nameKanaHankaku", "nameKanaZenkaku"):
        return text_similarity(to_katakana(canon(req)), to_katakana(canon(rec)))
    return text_similarity(canon(req), canon(rec))


def expected(s):
    return min(99, int(100 * s + 0.5))  # round half up; S >= 0


def best_of(attr, req, recs):
    best = None
    for rec in recs:
        s, notes = similarity(attr, req, rec)
        if best is None or s > best[0]:
            best = (s, notes, rec)
    return best


def selftest():
    cases = [
        ("givenName", "Clara", "Carla", 88),
        ("familyName", "Sanchez Arjona", "Arjona Sanchez", 95),
        ("streetNumber", "12", "21", 50),
        ("streetNumber", "4", "5", 0),
        ("streetNumber", "12A", "12B", 85),
    ]
    ok = True
    for attr, q, r, want in cases:
        s, _ = similarity(attr, q, r)
        got = expected(s)
        print("%-12s %-16r %-16r S=%.6f -> %d (DESIGN: %d)" % (attr, q, r, s, got, want))
        ok &= got == want
    # Textbook Jaro / Jaro-Winkler values.
    for a, b, want in [("martha", "marhta", 0.944444), ("dwayne", "duane", 0.822222),
                       ("dixon", "dicksonx", 0.766667)]:
        got = jaro(a, b)
        print("jaro(%s,%s)=%.6f (textbook %.6f)" % (a, b, got, want))
        ok &= abs(got - want) < 1e-5
    for a, b, want in [("martha", "marhta", 0.961111), ("dwayne", "duane", 0.84),
                       ("dixon", "dicksonx", 0.813333)]:
        got = jaro_winkler(a, b)
        print("jw(%s,%s)=%.6f (textbook %.6f)" % (a, b, got, want))
        ok &= abs(got - want) < 1e-5
    for a, b, want in [("ca", "abc", 3), ("12", "21", 1), ("1214", "1214", 0)]:
        got = osa(a, b)
        print("osa(%s,%s)=%d (want %d)" % (a, b, got, want))
        ok &= got == want
    # Folds.
    for s, want in [("Sánchez", "sanchez"), ("O'Brien", "o brien"), ("Ｔｏｋｙｏ", "tokyo"),
                    ("Łódź", "lodz"), ("Tromsø", "tromso"), ("Straße", "strasse"),
                    ("が", "が")]:
        got = canon(s)
        print("canon(%r)=%r (want %r)" % (s, got, want))
        ok &= got == want
    print("selftest", "ok" if ok else "FAILED")
    return ok


def main(argv):
    if len(argv) >= 2 and argv[1] == "--selftest":
        return 0 if selftest() else 1
    if len(argv) < 4:
        print(__doc__)
        return 2
    attr, req, recs = argv[1], argv[2], argv[3:]
    s, notes, rec = best_of(attr, req, recs)
    print("%s: request %r record %r" % (attr, req, rec))
    for n in notes:
        print("  " + n)
    print("  S = %.6f, 100*S = %.4f, expected score %d" % (s, 100 * s, expected(s)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
