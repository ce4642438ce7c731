package normalize_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/normalize"
)

// folds are the Folder's methods beside the package's functions.
var folds = []struct {
	name   string
	folder func(*normalize.Folder, string) string
	fn     func(string) string
}{
	{"Text", (*normalize.Folder).Text, normalize.Text},
	{"Latin", (*normalize.Folder).Latin, normalize.Latin},
	{"Umlaut", (*normalize.Folder).Umlaut, normalize.Umlaut},
	{"Compact", (*normalize.Folder).Compact, normalize.Compact},
	{"Katakana", (*normalize.Folder).Katakana, normalize.Katakana},
	{"Code", (*normalize.Folder).Code, normalize.Code},
	{"HouseNumber", (*normalize.Folder).HouseNumber, normalize.HouseNumber},
	{"Email", (*normalize.Folder).Email, normalize.Email},
}

var folderInputs = []string{
	"", "federica", "Federica Sánchez Arjona", "MÜLLER", "Mc Donald", "ﾔﾏﾀﾞ ﾀﾛｳ", "やまだ たろう",
	"66666666-Q", "１２ Ａ", "12-14", "3 10 10", "ABC@Example.COM ", " josé@ñandú.es", "Straße",
	"ᄀ ᅡ", "e\u0301", "a\u200db", "Ελλάδα", "\xff\xfe", "東京都千代田区", "Ö Ä Ü ö ä ü",
}

// TestFolder checks that every Folder method gives what the package's
// function gives, and that the strings it returned stay as they were while
// it folds more, until Reset.
func TestFolder(t *testing.T) {
	t.Parallel()
	var f normalize.Folder
	type kept struct{ got, want string }
	var all []kept
	for _, s := range folderInputs {
		for _, fd := range folds {
			got, want := fd.folder(&f, s), fd.fn(s)
			if got != want {
				t.Errorf("Folder.%s(%q) = %q, %s = %q", fd.name, s, got, fd.name, want)
			}
			all = append(all, kept{got, want})
			if n := fd.folder(nil, s); n != want {
				t.Errorf("(*Folder)(nil).%s(%q) = %q, want %q", fd.name, s, n, want)
			}
		}
	}
	for i, k := range all {
		if k.got != k.want {
			t.Fatalf("result %d changed to %q, was %q: the buffer was overwritten", i, k.got, k.want)
		}
	}
	f.Reset()
	if got := f.Text("ÁB"); got != "áb" {
		t.Errorf("after Reset: %q", got)
	}
}

// TestFolderAllocs pins the allocations: none once the buffer has grown,
// for the Latin and kana inputs the one-pass fold takes (an e-mail address
// that is not ASCII is folded by x/text, which allocates).
func TestFolderAllocs(t *testing.T) {
	var f normalize.Folder
	in := []string{"Federica Sánchez Arjona", "MÜLLER", "ﾔﾏﾀﾞ ﾀﾛｳ", "66666666-Q", "12 A", "ABC@Example.COM"}
	run := func() {
		f.Reset()
		for _, s := range in {
			f.Code(f.Umlaut(f.Latin(f.Text(s))))
			f.HouseNumber(s)
			f.Katakana(f.Text(s))
		}
		f.Email("ABC@Example.COM ")
	}
	run()
	if n := testing.AllocsPerRun(100, run); n != 0 {
		t.Errorf("%v allocations a run, want 0", n)
	}
}

// FuzzFolder compares every Folder method with the package's function, and
// checks that earlier results survive later folds.
func FuzzFolder(f *testing.F) {
	for _, s := range folderInputs {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var fd normalize.Folder
		for _, op := range folds {
			ga := op.folder(&fd, a)
			gb := op.folder(&fd, b)
			if wa, wb := op.fn(a), op.fn(b); ga != wa || gb != wb {
				t.Fatalf("%s: Folder gives %q, %q; function %q, %q", op.name, ga, gb, wa, wb)
			}
		}
	})
}

// TestFolderRecordDate checks the Folder's RecordDate against the
// function's, with results kept across calls.
func TestFolderRecordDate(t *testing.T) {
	t.Parallel()
	var f normalize.Folder
	in := []string{"1978-08-22", "19780822", "1978/08/22", "1978-08-22T10:00:00Z", "19780230", "1978-08-22T99:99:99", "x", ""}
	var got []string
	for _, s := range in {
		g, gok := f.RecordDate(s)
		w, wok := normalize.RecordDate(s)
		if g != w || gok != wok {
			t.Errorf("Folder.RecordDate(%q) = %q, %v; RecordDate %q, %v", s, g, gok, w, wok)
		}
		got = append(got, g)
	}
	for i, s := range in {
		if w, _ := normalize.RecordDate(s); got[i] != w {
			t.Errorf("result %d changed to %q", i, got[i])
		}
	}
}
