package jp

import (
	"strings"
)

// Foreign names in Latin letters against their katakana transcription
// (BILLY JOEL, ビリー・ジョエル): both sides are brought to a rough key of how
// Japanese hears the name. In the Latin spelling, l is r, v is b, ph is f, th
// is s, ck and hard c are k, soft c is s, x is ks, qu is kw, y is i, doubled
// letters are single and a final silent e is dropped; in the katakana's
// Hepburn, long vowels, the doubling of ッ, and the vowel katakana adds after
// a consonant (ク in ジャクソン, ル in ジョエル) are dropped. The keys score a
// foreign name against katakana; whether the two are one name is the
// aligner's (foreign_align.go) and the Vietnamese rules'
// (foreign_vietnamese.go). Equal keys still decide for a Latin name that is
// Japanese romaji as a whole when Hepburn could not spell it (ALLEN アレン),
// or when its romaji and the katakana hold as many ッ and ン (SARA サアラ):
// see [foreignEither].

// latinKey returns the key of a foreign name's word in Latin letters
// ([appendLatinLetters]: without diacritics or apostrophes), or "" when it
// holds anything but letters.
func latinKey(word string) string {
	var lb [64]byte
	w, ok := appendLatinLetters(lb[:0], word)
	if !ok {
		return ""
	}
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'p' && next == 'h':
			b = append(b, 'f')
			i++
		case c == 't' && next == 'h':
			b = append(b, 's')
			i++
		case c == 'c' && next == 'k':
			b = append(b, 'k')
			i++
		case c == 'c' && next == 'h':
			b = append(b, 'c', 'h')
			i++
		case c == 'q' && next == 'u':
			b = append(b, 'k', 'w')
			i++
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			b = append(b, 's')
		case c == 'c':
			b = append(b, 'k')
		case c == 'x':
			b = append(b, 'k', 's')
		case c == 'l':
			b = append(b, 'r')
		case c == 'v':
			b = append(b, 'b')
		case c == 'y' && !isVowel(next):
			b = append(b, 'i')
		case c == 'e' && next == 0 && len(b) > 2 && !isVowel(b[len(b)-1]):
			// A silent final e (Mike, Jane).
		default:
			b = append(b, c)
		}
	}
	return squeeze(b)
}

// appendKatakanaKey appends the key of a katakana word transcribing a
// foreign name to dst, from the word's romaji key r.
func appendKatakanaKey(dst, r []byte) []byte {
	start := len(dst)
	dst = append(dst, r...)
	b := dst[start:]
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if (c == 'u' || c == 'o' && i > 0 && (b[i-1] == 't' || b[i-1] == 'd')) && i > 0 && !isVowel(b[i-1]) && b[i-1] != 'n' && b[i-1] != 'y' &&
			(i+1 == len(b) || !isVowel(b[i+1]) && b[i+1] != 'y') {
			continue // the vowel katakana adds after a consonant
		}
		if c == 'v' {
			c = 'b'
		}
		out = append(out, c)
	}
	sq := out[:0]
	for i, c := range out {
		if i > 0 && c == out[i-1] {
			continue
		}
		sq = append(sq, c)
	}
	return dst[:start+len(sq)]
}

// squeeze writes doubled letters once.
func squeeze(b []byte) string {
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// foreignKeys returns the keys of the words of a foreign name in Latin
// letters whose Kana is k, or nil.
func foreignKeys(k string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(k, func(r rune) bool { return r == ' ' }) {
		k := latinKey(w)
		if k == "" {
			return nil
		}
		out = append(out, k)
	}
	return out
}

// compareForeign compares a foreign name in Latin letters with a katakana
// one, from the keys of their words (foreignKeys of the Latin name,
// appendKatakanaKey of each katakana word): equal when the keys are, in either
// order, words run together or not; otherwise the token-aligned Jaro-Winkler
// of the keys.
func compareForeign(lw, kw []string) Match {
	if len(lw) == 0 || len(kw) == 0 {
		return Match{}
	}
	if joinedEqual(lw, kw) {
		return Match{Equal: true, Folds: FoldReading | FoldRomaji | FoldSpacing}
	}
	if swappedEqual(lw, kw) {
		return Match{Equal: true, Folds: FoldReading | FoldRomaji | FoldOrder}
	}
	return scoreWords(lw, kw)
}

// Alternatives returns the names a record's name field holds, in the
// Digital Agency's notation (kanjikana-model, matching-anchors.md b.11): a
// name in Latin letters and a Japanese one joined by ＿, an alias in
// parentheses, a former family name in brackets after the current one
// (田中［山田］　花子 holds 田中 花子 and 山田 花子). A name without these marks
// is its own only alternative.
func Alternatives(name string) []string {
	if !strings.ContainsAny(name, "＿_（(［[") {
		return []string{name}
	}
	var out []string
	for part := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '＿' || r == '_' }) {
		// An alias in parentheses is a name of its own.
		for {
			i := strings.IndexAny(part, "（(")
			if i < 0 {
				break
			}
			j := strings.IndexAny(part[i:], "）)")
			if j < 0 {
				part = part[:i]
				break
			}
			_, open := firstRune(part[i:])
			out = appendBrackets(out, part[i+open:i+j])
			_, close := firstRune(part[i+j:])
			part = part[:i] + part[i+j+close:]
		}
		out = appendBrackets(out, part)
	}
	if len(out) == 0 {
		return []string{name}
	}
	return out
}

// currentName returns the name a record's name in the Digital Agency's
// notation ([Alternatives]) holds now: without its aliases in parentheses
// and its former names in brackets, and of an alphabet name and a Japanese
// one joined by ＿, the Japanese one (田中［山田］　花子 is 田中　花子; 山田 明
// （李 明） is 山田 明; WANG XIAOMING＿王 小明 is 王 小明).
func currentName(name string) string {
	drop := func(s, open, close string) string {
		for {
			i := strings.IndexAny(s, open)
			if i < 0 {
				return s
			}
			j := strings.IndexAny(s[i:], close)
			if j < 0 {
				return s[:i]
			}
			_, c := firstRune(s[i+j:])
			s = s[:i] + s[i+j+c:]
		}
	}
	name = drop(drop(name, "（(", "）)"), "［[", "］]")
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '＿' || r == '_' })
	for _, p := range parts {
		if ScriptOf(p) == ScriptKanji {
			return strings.TrimSpace(p)
		}
	}
	if len(parts) > 0 {
		return strings.TrimSpace(parts[0])
	}
	return strings.TrimSpace(name)
}

// appendBrackets appends a name and, when a word of it has a former form in
// brackets (田中［山田］), the name with that form instead.
func appendBrackets(out []string, name string) []string {
	i := strings.IndexAny(name, "［[")
	j := strings.IndexAny(name, "］]")
	if i < 0 || j < i {
		if strings.TrimSpace(name) != "" {
			out = append(out, strings.TrimSpace(name))
		}
		return out
	}
	_, open := firstRune(name[i:])
	_, close := firstRune(name[j:])
	inner := name[i+open : j]
	// The word the brackets follow: back to the previous space.
	k := 0
	if p := strings.LastIndexAny(name[:i], " 　"); p >= 0 {
		_, n := firstRune(name[p:])
		k = p + n
	}
	current := name[:i] + name[j+close:]
	former := name[:k] + inner + name[j+close:]
	out = appendBrackets(out, current)
	return appendBrackets(out, former)
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
