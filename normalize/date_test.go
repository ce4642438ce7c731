package normalize_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kycmatch/kycmatch/normalize"
)

func TestDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"plain", "1978-08-22", true},
		{"leap year", "2024-02-29", true},
		{"not a leap year", "2023-02-29", false},
		{"century not leap", "1900-02-29", false},
		{"400 years leap", "2000-02-29", true},
		{"february 30", "1978-02-30", false},
		{"april 31", "1978-04-31", false},
		{"december 31", "1978-12-31", true},
		{"month 13", "1978-13-01", false},
		{"month 0", "1978-00-10", false},
		{"day 0", "1978-01-00", false},
		{"year 0", "0000-01-01", true},
		{"one-digit month", "1978-8-22", false},
		{"day first", "22-08-1978", false},
		{"slashes", "1978/08/22", false},
		{"compact", "19780822", false},
		{"date-time", "1978-08-22T00:00:00Z", false},
		{"signed year", "+978-08-22", false},
		{"full-width digits", "１９７８-08-22", false},
		{"spaces", " 1978-08-22", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.Date(tc.in)
			if ok != tc.ok {
				t.Fatalf("Date(%q) = %q, %v, want ok %v", tc.in, got, ok, tc.ok)
			}
			if ok && got != tc.in {
				t.Errorf("Date(%q) = %q, want it unchanged", tc.in, got)
			}
			if !ok && got != "" {
				t.Errorf("Date(%q) = %q, false: want \"\"", tc.in, got)
			}
		})
	}
}

func TestRecordDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string // "" when refused
	}{
		{"iso", "1978-08-22", "1978-08-22"},
		{"compact", "19780822", "1978-08-22"},
		{"slashes", "1978/08/22", "1978-08-22"},
		{"rfc 3339 utc", "1978-08-22T10:00:00Z", "1978-08-22"},
		// The time zone is not applied: the date part is kept.
		{"rfc 3339 offset", "1978-08-22T23:30:00-05:00", "1978-08-22"},
		{"lower-case t", "1978-08-22t10:00:00z", "1978-08-22"},
		{"space separator", "1978-08-22 10:00:00", "1978-08-22"},
		{"fraction", "1978-08-22T10:00:00.123456Z", "1978-08-22"},
		{"leap second", "1978-12-31T23:59:60Z", "1978-12-31"},
		{"no offset", "1978-08-22T00:00:00", "1978-08-22"},
		// Issue 6: a time that is no time is not read.
		{"time out of range", "1978-08-22T99:99:99", ""},
		{"hour 24", "1978-08-22T24:00:00Z", ""},
		{"minute 60", "1978-08-22T10:60:00Z", ""},
		{"second 61", "1978-08-22T10:00:61Z", ""},
		{"no seconds", "1978-08-22T10:00", ""},
		{"empty fraction", "1978-08-22T10:00:00.Z", ""},
		{"offset without colon", "1978-08-22T10:00:00+0100", ""},
		{"offset hour 24", "1978-08-22T10:00:00+24:00", ""},
		{"offset minute 60", "1978-08-22T10:00:00+01:60", ""},
		{"junk after offset", "1978-08-22T10:00:00Zx", ""},
		{"only the separator", "1978-08-22T", ""},
		{"letters in time", "1978-08-22Taa:bb:cc", ""},
		{"compact leap day", "20240229", "2024-02-29"},
		{"compact invalid", "19780230", ""},
		{"slashes invalid", "1978/02/30", ""},
		{"date-time invalid", "1978-02-30T00:00:00Z", ""},
		{"seven digits", "1978082", ""},
		{"day first slashes", "22/08/1978", ""},
		{"trailing junk", "1978-08-22x", ""},
		{"eight letters", "abcdefgh", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := normalize.RecordDate(tc.in)
			if ok != (tc.want != "") || got != tc.want {
				t.Errorf("RecordDate(%q) = %q, %v, want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

var dateSeeds = []string{
	"1978-08-22", "2024-02-29", "1900-02-29", "2000-02-29", "1978-8-22", "22-08-1978",
	"19780822", "1978/08/22", "1978-08-22T10:00:00Z", "0000-01-01", "9999-12-31", "",
	"1978-08-22T99:99:99", "1978-08-22T23:59:60+01:00", "1978-08-22T10:00:00.5-05:30",
	"0000-01-01T00:00:00+00:60", "0000-01-01T0:00:00.0+00:00",
	"+978-08-22", "1978-0x-22", "1978-08-22 ", "１９７８-08-22",
}

// FuzzDate checks Date against time.Parse with the RFC 3339 full-date layout.
func FuzzDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := normalize.Date(s)
		_, err := time.Parse(time.DateOnly, s)
		if ok != (err == nil) {
			t.Fatalf("Date(%q) = %q, %v; time.Parse: %v", s, got, ok, err)
		}
		if ok && got != s {
			t.Fatalf("Date(%q) = %q, want it unchanged", s, got)
		}
	})
}

// comparableRFC3339 reports whether s is in the subset of date-times that
// time.Parse(time.RFC3339) is meant to read: 'T' and an offset Z or ±hh:mm,
// no leap second (time.Parse refuses second 60), no fraction after a comma.
func comparableRFC3339(s string) bool {
	if len(s) < 20 || s[10] != 'T' || strings.ContainsRune(s, ',') || s[17:19] == "60" {
		return false
	}
	return strings.HasSuffix(s, "Z") || len(s) >= 25 && (s[len(s)-6] == '+' || s[len(s)-6] == '-')
}

func FuzzRecordDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := normalize.RecordDate(s)
		if comparableRFC3339(s) {
			// An RFC 3339 date-time with its offset must agree with
			// time.Parse.
			// time.Parse is more lenient than RFC 3339 (it takes a
			// one-digit hour, an offset minute of 60), so only one way: what
			// RecordDate reads, time.Parse reads.
			if _, err := time.Parse(time.RFC3339, s); ok && err != nil {
				t.Fatalf("RecordDate(%q) = %v; time.Parse: %v", s, ok, err)
			}
		}
		if !ok {
			return
		}
		if d, ok := normalize.Date(got); !ok || d != got {
			t.Fatalf("RecordDate(%q) = %q, which Date refuses", s, got)
		}
		if _, err := time.Parse(time.DateOnly, got); err != nil {
			t.Fatalf("RecordDate(%q) = %q: %v", s, got, err)
		}
	})
}
