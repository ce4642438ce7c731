//go:build ignore

// gen builds the Japanese tables of package jp from maintained data:
//
//   - variants_table.go: old and variant kanji and the standard form they
//     fold to, from geolonia's jisDai2 old/new table (MIT), KANJIDIC's
//     cross-references (EDRDG, CC BY-SA 3.0) and Unihan's variants
//     (Unicode Data Files licence; Debian package unicode-data);
//   - data/names.txt.gz: the readings of person names from ENAMDICT (EDRDG,
//     CC BY-SA 3.0), keyed by their variant-folded kanji;
//   - data/kanji.txt.gz: the readings of each kanji from KANJIDIC (EDRDG,
//     CC BY-SA 3.0): on, kun and nanori (name readings).
//
// Run it with go generate, with -data naming the folder that holds
// geolonia-ja-addresses/, kanjidic/ and enamdict/ (the project's shared/data):
//
//	go run gen.go -data ../../../shared/data
package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/unicode/norm"
)

var (
	dataDir = flag.String("data", "../../../shared/data", "folder with geolonia-ja-addresses/, kanjidic/ and enamdict/")
	unihan  = flag.String("unihan", "/usr/share/unicode/Unihan_Variants.txt.bz2", "Unihan_Variants.txt, plain or bzip2")
	other   = flag.String("unihan-other", "/usr/share/unicode/Unihan_OtherMappings.txt.bz2", "Unihan_OtherMappings.txt, plain or bzip2")
)

func main() {
	flag.Parse()
	kd := readKanjidic(filepath.Join(*dataDir, "kanjidic", "kanjidic.utf8"))
	variants := buildVariants(kd)
	writeVariants(variants)
	names := writeNames(filepath.Join(*dataDir, "enamdict", "enamdict-persons.utf8"), variants)
	writeKanji(kd, variants, names)
}

// kanji is one KANJIDIC entry.
type kanji struct {
	r        rune
	grade    bool   // jōyō or jinmeiyō (a G field)
	xrefs    []rune // JIS X 0208 cross-references (XJ0)
	readings []string
}

func readKanjidic(path string) map[rune]*kanji {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out := map[rune]*kanji{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.IndexByte(line, '{'); i >= 0 {
			line = line[:i] // meanings
		}
		fields := strings.Fields(line)
		r, _ := utf8.DecodeRuneInString(fields[0])
		k := &kanji{r: r}
		section := 0 // 0: on and kun readings, 1: nanori (after T1), 2: radical names (T2)
		for _, f := range fields[1:] {
			switch {
			case f == "T1":
				section = 1
			case f == "T2":
				section = 2
			case strings.HasPrefix(f, "G") && isDigits(f[1:]):
				k.grade = true
			case strings.HasPrefix(f, "XJ0"):
				if x := jis0208(f[3:]); x != 0 {
					k.xrefs = append(k.xrefs, x)
				}
			case section < 2 && isKanaReading(f):
				if rd := kanaReading(f); rd != "" && !slices.Contains(k.readings, rd) {
					k.readings = append(k.readings, rd)
				}
			}
		}
		out[r] = k
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// jis0208 decodes a JIS X 0208 code in hex ("4A55") through EUC-JP.
func jis0208(hex string) rune {
	v, err := strconv.ParseUint(hex, 16, 16)
	if err != nil {
		return 0
	}
	b, err := japanese.EUCJP.NewDecoder().Bytes([]byte{byte(v>>8) | 0x80, byte(v) | 0x80})
	if err != nil {
		return 0
	}
	r, _ := utf8.DecodeRune(b)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

func isKanaReading(f string) bool {
	for _, r := range f {
		if !(r >= 0x3041 && r <= 0x30ff || r == '.' || r == '-') {
			return false
		}
	}
	return true
}

// kanaReading returns a KANJIDIC reading in katakana: the kun stem before
// '.' (ひか.る gives ヒカ), without the '-' that marks a prefix or suffix.
func kanaReading(f string) string {
	if i := strings.IndexByte(f, '.'); i >= 0 {
		f = f[:i]
	}
	f = strings.ReplaceAll(f, "-", "")
	return katakana(f)
}

func katakana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x3041 && r <= 0x3096 {
			return r + 0x60
		}
		return r
	}, s)
}

// buildVariants returns the map from each old or variant kanji to its
// standard form.
func buildVariants(kd map[rune]*kanji) map[rune]rune {
	v := map[rune]rune{}
	// 1. geolonia's jisDai2 old (旧字体) to new (新字体) pairs.
	f, err := os.ReadFile(filepath.Join(*dataDir, "geolonia-ja-addresses", "jisdai2_old_to_new_kanji.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	for line := range strings.SplitSeq(string(f), "\n") {
		src, dst, ok := strings.Cut(line, "\t")
		if !ok || src == "src" {
			continue
		}
		s, _ := utf8.DecodeRuneInString(src)
		d, _ := utf8.DecodeRuneInString(dst)
		v[s] = d
	}
	// 2. Unihan kJinmeiyoKanji: the old forms the jinmeiyō list allows in
	// names, with the jōyō form they stand for (德 for 徳).
	for line := range lines(*other) {
		fields := strings.Split(line, "\t")
		if len(fields) != 3 || fields[1] != "kJinmeiyoKanji" {
			continue
		}
		for val := range strings.SplitSeq(fields[2], " ") {
			if _, code, ok := strings.Cut(val, ":"); ok {
				src := parseCode(fields[0])
				if _, ok := v[src]; !ok {
					v[src] = parseCode(code)
				}
			}
		}
	}
	std := func(r rune) bool { k := kd[r]; return k != nil && k.grade }
	// 3. KANJIDIC: a JIS X 0208 kanji outside the jōyō and jinmeiyō lists
	// whose cross-references name exactly one kanji of those lists.
	for r, k := range kd {
		if k.grade {
			continue
		}
		if _, ok := v[r]; ok {
			continue
		}
		var targets []rune
		for _, x := range k.xrefs {
			if std(x) && !slices.Contains(targets, x) {
				targets = append(targets, x)
			}
		}
		if len(targets) == 1 {
			v[r] = targets[0]
		}
	}
	// 4. Unihan: an ideograph outside JIS X 0208 whose z-variants, else
	// semantic variants, else spoofing variants (glyph look-alikes: 𠮷 for
	// 吉) name exactly one jōyō or jinmeiyō kanji; among semantic variants,
	// those Morohashi marks as z-variants come first.
	for _, u := range readUnihan(*unihan) {
		if _, ok := kd[u.src]; ok {
			continue
		}
		if _, ok := v[u.src]; ok {
			continue
		}
		for _, set := range [][]rune{u.z, u.semZ, u.sem, u.spoof} {
			var targets []rune
			for _, x := range set {
				if std(x) && !slices.Contains(targets, x) {
					targets = append(targets, x)
				}
			}
			if len(targets) == 1 {
				v[u.src] = targets[0]
				break
			}
			if len(targets) > 1 {
				break
			}
		}
	}
	// Every target as NFKC writes it (猪 is U+FA16 in some of the sources,
	// which NFKC writes 猪, the rune FoldKanji reads), then chains resolved
	// so that every target is a fixed point: a→b→c is a→c, and the runes
	// of a cycle (檜→桧→檜: the sources pair them both ways) all go to the
	// least of them. The result does not depend on the order of the map.
	for r, d := range v {
		if n := []rune(norm.NFKC.String(string(d))); len(n) == 1 {
			v[r] = n[0]
		}
	}
	out := make(map[rune]rune, len(v))
	for r := range v {
		var path []rune
		d := r
		for {
			path = append(path, d)
			n, ok := v[d]
			if !ok || n == d {
				break
			}
			if slices.Contains(path, n) {
				// A cycle: the least rune of it.
				cyc := path[slices.Index(path, n):]
				d = slices.Min(cyc)
				break
			}
			d = n
		}
		if d != r {
			out[r] = d
		}
	}
	return out
}

type unihanEntry struct {
	src                 rune
	z, sem, semZ, spoof []rune
}

var codeRe = regexp.MustCompile(`U\+([0-9A-F]+)(<[^ ]*)?`)

// lines returns the lines of a text file, plain or bzip2.
func lines(path string) func(func(string) bool) {
	return func(yield func(string) bool) {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(path, ".bz2") {
			r = bzip2.NewReader(f)
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if !yield(sc.Text()) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
	}
}

func readUnihan(path string) []unihanEntry {
	byRune := map[rune]*unihanEntry{}
	var order []rune
	for line := range lines(path) {
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) != 3 || !strings.HasPrefix(fields[0], "U+") {
			continue
		}
		if fields[1] != "kZVariant" && fields[1] != "kSemanticVariant" && fields[1] != "kSpoofingVariant" {
			continue
		}
		src := parseCode(fields[0])
		if !unicode.Is(unicode.Han, src) {
			continue
		}
		e := byRune[src]
		if e == nil {
			e = &unihanEntry{src: src}
			byRune[src] = e
			order = append(order, src)
		}
		for _, m := range codeRe.FindAllStringSubmatch(fields[2], -1) {
			x := parseCode("U+" + m[1])
			switch {
			case fields[1] == "kZVariant":
				e.z = append(e.z, x)
			case fields[1] == "kSpoofingVariant":
				e.spoof = append(e.spoof, x)
			case strings.Contains(m[2], ":Z"):
				e.semZ = append(e.semZ, x)
			default:
				e.sem = append(e.sem, x)
			}
		}
	}
	slices.Sort(order)
	out := make([]unihanEntry, len(order))
	for i, r := range order {
		out[i] = *byRune[r]
	}
	return out
}

func parseCode(s string) rune {
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "U+"), 16, 32)
	if err != nil {
		log.Fatal(err)
	}
	return rune(v)
}

func writeVariants(v map[rune]rune) {
	keys := make([]rune, 0, len(v))
	for r := range v {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go from jisDai2 (geolonia, MIT), KANJIDIC (EDRDG,\n")
	b.WriteString("// CC BY-SA 3.0) and Unihan (Unicode Data Files licence). DO NOT EDIT.\n\n")
	b.WriteString("package jp\n\n")
	fmt.Fprintf(&b, "// variantPairs holds %d pairs of runes: an old or variant kanji, then its\n", len(keys))
	b.WriteString("// standard form, sorted by the first.\n")
	b.WriteString("const variantPairs = \"\" +\n")
	for i := 0; i < len(keys); i += 32 {
		var line strings.Builder
		for _, r := range keys[i:min(i+32, len(keys))] {
			line.WriteRune(r)
			line.WriteRune(v[r])
		}
		sep := " +"
		if i+32 >= len(keys) {
			sep = ""
		}
		fmt.Fprintf(&b, "\t%q%s\n", line.String(), sep)
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("variants_table.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("variants_table.go: %d pairs", len(keys))
}

// fold applies the variant map and writes a kanji repeated right after itself
// as 々 (佐佐木 as 佐々木), as FoldKanji does.
func fold(s string, v map[rune]rune) string {
	var b strings.Builder
	var prev rune
	for _, r := range s {
		if d, ok := v[r]; ok {
			r = d
		}
		if r == prev && unicode.Is(unicode.Han, r) {
			b.WriteRune('々')
			prev = 0
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// writeKanji writes one line per kanji: the kanji, a tab, its readings in
// katakana separated by spaces (on, then kun stems, then nanori), and two
// more tab-separated fields: the readings ENAMDICT's names give the kanji at
// the start of a name, inside one (its end included), and at its end, each
// as reading:count. A variant kanji's readings go to its standard form.
//
// A name's reading is attributed to its kanji when it splits in exactly one
// way into KANJIDIC readings of each kanji in turn (voiced inside the name,
// with a final チ, ツ, ク, キ as ッ): 誠人 あきひと gives 誠 アキ at the start
// and 人 ヒト inside.
func writeKanji(kd map[rune]*kanji, v map[rune]rune, names map[string]map[string]int) {
	// The standard form's own readings first, then its variants', each in
	// KANJIDIC's order, so that the table is the same from run to run.
	order := make([]rune, 0, len(kd))
	for r := range kd {
		order = append(order, r)
	}
	slices.SortFunc(order, func(a, b rune) int {
		_, av := v[a]
		_, bv := v[b]
		switch {
		case av != bv && !av:
			return -1
		case av != bv:
			return 1
		}
		return int(a) - int(b)
	})
	merged := map[rune][]string{}
	for _, r := range order {
		k := kd[r]
		d := r
		if n, ok := v[r]; ok {
			d = n
		}
		for _, rd := range k.readings {
			if !slices.Contains(merged[d], rd) {
				merged[d] = append(merged[d], rd)
			}
		}
	}
	// A reading is counted where its kanji stands: at the start of the
	// name, inside it (after the start, the end included), and again at its
	// end when that is not the start.
	const (
		atInitial = iota
		atInside
		atFinal
	)
	// ヶ, written between the kanji of names (一ヶ谷, 千ヶ崎), is 个, the
	// abbreviation of 箇: read as it (カ, コ; ガ inside a name, チガサキ), or
	// as the kana ケ it looks like.
	merged['ヶ'] = append(slices.Clone(merged['个']), "ケ")
	type key struct {
		r   rune
		rd  string
		pos int
	}
	counts := map[key]int{}
	for name, rds := range names {
		ks := []rune(name)
		if len(ks) > 4 || slices.ContainsFunc(ks, func(r rune) bool { return merged[r] == nil }) {
			continue
		}
		for rd := range rds {
			var splits [][]string
			var walk func(i int, rest string, acc []string)
			walk = func(i int, rest string, acc []string) {
				if len(splits) > 1 {
					return
				}
				if i == len(ks) {
					if rest == "" {
						splits = append(splits, slices.Clone(acc))
					}
					return
				}
				var forms []string
				for _, base := range merged[ks[i]] {
					for _, f := range kanjiForms(base, i > 0) {
						if !slices.Contains(forms, f) {
							forms = append(forms, f)
						}
					}
				}
				for _, f := range forms {
					if strings.HasPrefix(rest, f) {
						walk(i+1, rest[len(f):], append(acc, f))
					}
				}
			}
			walk(0, rd, nil)
			if len(splits) != 1 {
				continue
			}
			for i, f := range splits[0] {
				if i == 0 {
					counts[key{ks[i], f, atInitial}]++
					continue
				}
				counts[key{ks[i], f, atInside}]++
				if i == len(ks)-1 {
					counts[key{ks[i], f, atFinal}]++
				}
			}
		}
	}
	keys := make([]string, 0, len(merged))
	for r := range merged {
		keys = append(keys, string(r))
	}
	sort.Strings(keys)
	byRune := map[rune][]key{}
	for k := range counts {
		byRune[k.r] = append(byRune[k.r], k)
	}
	attested := func(r rune, pos int) string {
		var out []string
		for _, k := range byRune[r] {
			if k.pos == pos {
				out = append(out, fmt.Sprintf("%s:%d", k.rd, counts[k]))
			}
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	var b bytes.Buffer
	for _, k := range keys {
		r, _ := utf8.DecodeRuneInString(k)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", k, strings.Join(merged[r], " "), attested(r, atInitial), attested(r, atInside), attested(r, atFinal))
	}
	writeGzip("data/kanji.txt.gz", b.Bytes())
	log.Printf("data/kanji.txt.gz: %d kanji, %d attested readings", len(keys), len(counts))
}

// kanjiForms returns the forms a kanji reading takes in a name: itself, voiced
// inside a name (rendaku: た as だ, は as ば and ぱ), and with a final チ, ツ,
// ク or キ as ッ; as appendKanjiSegment in reading.go.
func kanjiForms(rd string, inside bool) []string {
	out := []string{rd}
	rs := []rune(rd)
	if inside {
		if v, ok := voicedKana[rs[0]]; ok {
			out = append(out, string(v)+string(rs[1:]))
		}
		if strings.ContainsRune("ハヒフヘホ", rs[0]) {
			out = append(out, string(rs[0]+2)+string(rs[1:]))
		}
	}
	if last := rs[len(rs)-1]; len(rs) > 1 && strings.ContainsRune("チツクキ", last) {
		out = append(out, string(rs[:len(rs)-1])+"ッ")
	}
	return out
}

var voicedKana = func() map[rune]rune {
	m := map[rune]rune{}
	plain := []rune("カキクケコサシスセソタチツテトハヒフヘホウ")
	voiced := []rune("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ")
	for i, r := range plain {
		m[r] = voiced[i]
	}
	return m
}()

var enamRe = regexp.MustCompile(`^(\S+) \[([^\]]+)\] /\(([a-z,]+)\)`)

// Name classes, as in names.go.
const (
	classFamily = 1
	classGiven  = 2
)

// writeNames writes one line per folded name: the kanji, a tab, and its
// readings in katakana separated by spaces, each followed by its class: 'f'
// a family name (ENAMDICT s), 'g' a given name (g, f, m), 'b' either (u, or
// both tags).
func writeNames(path string, v map[rune]rune) map[string]map[string]int {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	names := map[string]map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := enamRe.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		class := 0
		for t := range strings.SplitSeq(m[3], ",") {
			switch t {
			case "s":
				class |= classFamily
			case "g", "f", "m":
				class |= classGiven
			case "u":
				class |= classFamily | classGiven
			}
		}
		if class == 0 {
			continue
		}
		for k := range strings.SplitSeq(m[1], ";") {
			if !strings.ContainsFunc(k, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				continue // a name in kana only is its own reading
			}
			k = fold(k, v)
			for rd := range strings.SplitSeq(m[2], ";") {
				rd = katakana(rd)
				if names[k] == nil {
					names[k] = map[string]int{}
				}
				names[k][rd] |= class
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	n := 0
	for _, k := range keys {
		rds := make([]string, 0, len(names[k]))
		for rd := range names[k] {
			rds = append(rds, rd)
		}
		sort.Strings(rds)
		b.WriteString(k)
		for i, rd := range rds {
			if i == 0 {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(rd)
			b.WriteByte(" fgb"[names[k][rd]])
			n++
		}
		b.WriteByte('\n')
	}
	writeGzip("data/names.txt.gz", b.Bytes())
	log.Printf("data/names.txt.gz: %d names, %d readings", len(keys), n)
	return names
}

func writeGzip(path string, data []byte) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	w.Write(data)
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
