package ageapi_test

import (
	"errors"
	"testing"
	"time"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/ageapi"
	"github.com/kycmatch/kycmatch/match"
)

func TestAgeCheck(t *testing.T) {
	t.Parallel()
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		birth     string
		threshold int
		today     string
		want      match.Result
	}{
		{"2008-06-15", 18, "2026-06-15", match.True},  // the 18th birthday
		{"2008-06-16", 18, "2026-06-15", match.False}, // the day before it
		{"20080615", 18, "2026-06-15", match.True},    // a record's format
		{"2008-02-29", 18, "2026-02-28", match.False}, // no 29 February in 2026: 1 March
		{"2008-02-29", 18, "2026-03-01", match.True},
		{"2008-02-29", 16, "2024-02-29", match.True}, // a leap year has the day
		{"1978-08-22", 0, "2026-06-15", match.True},
		{"1978-08-22", 120, "2026-06-15", match.False},
		{"2030-01-01", 0, "2026-06-15", match.NotAvailable}, // born after today: dirty data
		{"", 18, "2026-06-15", match.NotAvailable},
		{"22/08/1978", 18, "2026-06-15", match.NotAvailable},
	} {
		if got := ageapi.AgeCheck(tc.birth, tc.threshold, day(tc.today)); got != tc.want {
			t.Errorf("born %s, %d on %s: %s, want %s", tc.birth, tc.threshold, tc.today, got, tc.want)
		}
	}
}

// TestScore checks the identityMatchScore formula of DESIGN.md section 7 on
// answers of the matcher.
func TestScore(t *testing.T) {
	t.Parallel()
	rec := match.Record{attr.GivenName: "FEDERICA", attr.FamilyName: "SÁNCHEZ ARJONA", attr.Birthdate: "1978-08-22"}
	score := func(policy match.ScorePolicy, v attr.Values) (int, bool) {
		m, err := match.MustNew(match.Config{Scores: policy}).Match(t.Context(), match.Request{Values: v}, rec, match.Subject{})
		if err != nil {
			t.Fatal(err)
		}
		return ageapi.Score(&m, policy)
	}
	for _, tc := range []struct {
		name   string
		policy match.ScorePolicy
		v      attr.Values
		want   int
		has    bool
	}{
		{"AllTrue", "", attr.Values{attr.GivenName: "Federica", attr.Birthdate: "1978-08-22"}, 100, true},
		// federico/federica: Jaro 22/24 = 0.9167, prefix 4: 0.95 → 95.
		{"OneNearMiss", "", attr.Values{attr.GivenName: "Federico", attr.Birthdate: "1978-08-22"}, 95, true},
		// 0.95 times familyName's score for "Sanchez Arjola" (96, by the
		// name scorer of DESIGN.md 2.2): 0.912, 91.
		{"TwoNearMisses", "", attr.Values{attr.GivenName: "Federico", attr.FamilyName: "Sanchez Arjola"}, 91, true},
		{"UnscoredFalse", "", attr.Values{attr.GivenName: "Federica", attr.Birthdate: "1978-08-23"}, 0, true},
		{"NotHeldIgnored", "", attr.Values{attr.GivenName: "Federica", attr.Email: "abc@example.com"}, 100, true},
		{"NothingHeld", "", attr.Values{attr.Email: "abc@example.com"}, 0, false},
		// Bands: 90 and 90, 0.81, 80.
		{"Bands", match.ScoresBands, attr.Values{attr.GivenName: "Federico", attr.FamilyName: "Sanchez Arjola"}, 80, true},
		{"None", match.ScoresNone, attr.Values{attr.GivenName: "Federico"}, 0, true},
		{"NoneAllTrue", match.ScoresNone, attr.Values{attr.GivenName: "Federica"}, 100, true},
	} {
		got, has := score(tc.policy, tc.v)
		if got != tc.want || has != tc.has {
			t.Errorf("%s: %d %v, want %d %v", tc.name, got, has, tc.want, tc.has)
		}
	}
}

// FuzzDecode checks that any body decodes to a Request or to a 400
// *camara.Error, without panicking, and that a decoded request is within
// the schema.
func FuzzDecode(f *testing.F) {
	for _, b := range []string{``, `{}`, `{"ageThreshold":18}`, `{"ageThreshold":1e400,"phoneNumber":"+34629255833"}`,
		`{"ageThreshold":18.0,"givenName":"Federica","includeContentLock":true}`, `{"ageThreshold":"18"}`, `[]`} {
		f.Add([]byte(b))
	}
	s := ageapi.New(match.MustNew(match.Config{}), ageapi.Options{})
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := s.Decode(body)
		if err != nil {
			if me, ok := errors.AsType[*camara.Error](err); !ok || me.Status != 400 {
				t.Fatalf("error %v is not a 400", err)
			}
			return
		}
		if req.AgeThreshold < 0 || req.AgeThreshold > ageapi.MaxThreshold {
			t.Fatalf("threshold %d", req.AgeThreshold)
		}
		for a := range req.Identity.All() {
			if !ageapi.Identity.Has(a) {
				t.Fatalf("%s decoded", a)
			}
		}
	})
}
