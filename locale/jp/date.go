package jp

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kycmatch/kycmatch/normalize"
)

// eras are the Japanese eras (元号) from Meiji, each with the Gregorian date
// of its first day, its kanji, the one kanji and the Latin letter that
// abbreviate it (昭, S). Meiji's first day is New Year of its first year in
// the old calendar, from which it was counted.
var eras = [...]struct {
	kanji   string
	abbrev  string
	letter  byte
	y, m, d int
}{
	{"明治", "明", 'm', 1868, 1, 25},
	{"大正", "大", 't', 1912, 7, 30},
	{"昭和", "昭", 's', 1926, 12, 25},
	{"平成", "平", 'h', 1989, 1, 8},
	{"令和", "令", 'r', 2019, 5, 1},
}

// Date reads a date as Japanese records write it and returns it as
// YYYY-MM-DD: in an era (平成2年4月1日, 平成元年4月1日, 平成二年四月一日, 平2.4.1,
// H2.4.1, H02/04/01, R1-5-1, ㍻2年4月1日), or in the Gregorian calendar with
// 年月日 (1990年4月1日) or a one- or two-digit month and day (1990/4/1,
// 1990.4.1); full-width digits, spaces and a final 生 (born) allowed. The
// date must exist and lie within its era: 平成1年1月7日 does not, Heisei
// having begun on 8 January 1989, and 昭和64年1月7日 does. ok is false for
// anything else.
func Date(s string) (date string, ok bool) {
	if len(s) > 64 || !utf8.ValidString(s) {
		return "", false
	}
	s = strings.ReplaceAll(norm.NFKC.String(s), " ", "")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "生まれ"), "生")
	era := -1
	for i, e := range eras {
		rest, found := strings.CutPrefix(s, e.kanji)
		if !found {
			rest, found = strings.CutPrefix(s, e.abbrev)
		}
		if !found && s != "" && s[0]|0x20 == e.letter {
			rest, found = strings.TrimPrefix(s[1:], "."), true
		}
		if found && rest != "" && (isDigit(rest[0]) || strings.HasPrefix(rest, "元") || isKanjiDigit([]rune(rest)[0])) {
			era, s = i, rest
			break
		}
	}
	y, m, d, ok := dateParts(s, era >= 0)
	if !ok {
		return "", false
	}
	if era >= 0 {
		e := eras[era]
		y += e.y - 1
		if before(y, m, d, e.y, e.m, e.d) {
			return "", false
		}
		if era+1 < len(eras) {
			if n := eras[era+1]; !before(y, m, d, n.y, n.m, n.d) {
				return "", false
			}
		}
	} else if y < 1000 {
		return "", false
	}
	if y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	b := make([]byte, 0, 10)
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
	return normalize.Date(string(b)) // the day must exist in its month
}

// dateParts reads year, month and day: N年N月N日 (the day's 日 may be left
// out; 元年 is year 1 in an era; kanji numerals read), or three numbers
// between '.', '/' or '-' (a four-digit year outside an era).
func dateParts(s string, inEra bool) (y, m, d int, ok bool) {
	if yp, rest, found := strings.Cut(s, "年"); found {
		mp, dp, found := strings.Cut(rest, "月")
		if !found {
			return 0, 0, 0, false
		}
		dp = strings.TrimSuffix(dp, "日")
		if yp == "元" && inEra {
			y, ok = 1, true
		} else {
			y, ok = dateNumber(yp)
		}
		mo, ok2 := dateNumber(mp)
		da, ok3 := dateNumber(dp)
		return y, mo, da, ok && ok2 && ok3
	}
	for _, sep := range [...]string{".", "/", "-"} {
		parts := strings.Split(s, sep)
		if len(parts) != 3 {
			continue
		}
		if !inEra && len(parts[0]) != 4 || len(parts[1]) > 2 || len(parts[2]) > 2 {
			return 0, 0, 0, false
		}
		y, ok1 := dateNumber(parts[0])
		mo, ok2 := dateNumber(parts[1])
		da, ok3 := dateNumber(parts[2])
		return y, mo, da, ok1 && ok2 && ok3
	}
	return 0, 0, 0, false
}

// dateNumber reads a number of a date: up to four Arabic digits, or kanji
// numerals (二, 十二, 二〇).
func dateNumber(s string) (int, bool) {
	if s == "" || len(s) > 12 {
		return 0, false
	}
	if isDigit(s[0]) {
		n, err := strconv.Atoi(s)
		return n, err == nil && len(s) <= 4
	}
	rs := []rune(s)
	for _, r := range rs {
		if !isKanjiDigit(r) {
			return 0, false
		}
	}
	return parseKanjiNumber(rs)
}

// before reports whether the date y-m-d comes before y2-m2-d2.
func before(y, m, d, y2, m2, d2 int) bool {
	if y != y2 {
		return y < y2
	}
	if m != m2 {
		return m < m2
	}
	return d < d2
}
