package attr_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
)

func TestAttribute(t *testing.T) {
	t.Parallel()
	var scored []string
	for a := range attr.All() {
		b, ok := attr.Parse(a.String())
		if !ok || b != a {
			t.Errorf("Parse(%q) = %v, %v", a.String(), b, ok)
		}
		if a.Scored() {
			scored = append(scored, a.String())
		}
		if a.MaxLength() <= 0 {
			t.Errorf("%s: no maximum length", a)
		}
	}
	// kyc-match v0.4.0 KYC_MatchResponse: the 14 *MatchScore properties.
	want := []string{"name", "givenName", "familyName", "nameKanaHankaku", "nameKanaZenkaku",
		"middleNames", "familyNameAtBirth", "address", "streetName", "streetNumber", "region",
		"locality", "email", "cityOfBirth"}
	if !slices.Equal(scored, want) {
		t.Errorf("scored = %q, want %q", scored, want)
	}
	for _, name := range []string{"phoneNumber", "", "Name", "GIVENNAME", "given_name", "nameKana"} {
		if a, ok := attr.Parse(name); ok {
			t.Errorf("Parse(%q) = %v: not an attribute", name, a)
		}
	}
	bad := attr.Attribute(attr.Count)
	if bad.Valid() || bad.Scored() || bad.MaxLength() != 0 || bad.String() != fmt.Sprintf("Attribute(%d)", attr.Count) {
		t.Errorf("Attribute(%d): valid %v scored %v maxLength %d %q", attr.Count, bad.Valid(), bad.Scored(), bad.MaxLength(), bad)
	}
	// The v0.5.0 draft's order: bankAccountNumber after
	// idDocumentExpiryDate; v0.4.0's 24 in its own order around it.
	if attr.BankAccountNumber != attr.IDDocumentExpiryDate+1 || attr.Nationality != attr.Attribute(attr.Count-1) || attr.Count != 25 {
		t.Errorf("order: bankAccountNumber %d, nationality %d, count %d", attr.BankAccountNumber, attr.Nationality, attr.Count)
	}
}

func TestAttributeText(t *testing.T) {
	t.Parallel()
	type config struct {
		Disabled []attr.Attribute       `json:"disabled"`
		Max      map[attr.Attribute]int `json:"max"`
	}
	in := config{Disabled: []attr.Attribute{attr.Gender, attr.Email}, Max: map[attr.Attribute]int{attr.Name: 300}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"disabled":["gender","email"],"max":{"name":300}}`; string(b) != want {
		t.Errorf("json %s, want %s", b, want)
	}
	var out config
	if err := json.Unmarshal(b, &out); err != nil || !slices.Equal(out.Disabled, in.Disabled) || out.Max[attr.Name] != 300 {
		t.Errorf("round trip %+v, %v", out, err)
	}
	for _, tc := range []struct{ json, msg string }{
		{`{"disabled":["phone"]}`, `"phone" is not a KYC Match attribute`},
		{`{"disabled":["Federica Sanchez"]}`, "a name is not a KYC Match attribute"},
		{`{"max":{"nombre":3}}`, `"nombre" is not a KYC Match attribute`},
	} {
		err := json.Unmarshal([]byte(tc.json), &out)
		var ue *attr.UnknownError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: got %v, want %q", tc.json, err, tc.msg)
		}
	}
	if _, err := attr.Attribute(attr.Count).MarshalText(); err == nil {
		t.Error("MarshalText of a value that is not an attribute succeeded")
	}
}

func TestValues(t *testing.T) {
	t.Parallel()
	v := attr.Values{attr.Email: "e", attr.GivenName: "g", attr.Nationality: "n"}
	if v.Len() != 3 {
		t.Errorf("Len = %d", v.Len())
	}
	var got []string
	for a, s := range v.All() {
		got = append(got, a.String()+"="+s)
	}
	if want := []string{"givenName=g", "email=e", "nationality=n"}; !slices.Equal(got, want) {
		t.Errorf("All = %q, want %q", got, want)
	}
	for range v.All() {
		break // yield must stop
	}
}

func TestSet(t *testing.T) {
	t.Parallel()
	s := attr.SetOf(attr.Email, attr.Name, attr.Attribute(200))
	if !s.Has(attr.Email) || !s.Has(attr.Name) || s.Has(attr.GivenName) || s.Has(attr.Attribute(200)) {
		t.Errorf("SetOf = %b", s)
	}
	if got := slices.Collect(s.All()); !slices.Equal(got, []attr.Attribute{attr.Name, attr.Email}) {
		t.Errorf("All = %v", got)
	}
	if s = s.Without(attr.Name).Without(attr.Attribute(200)); slices.Collect(s.All()) == nil || s.Has(attr.Name) {
		t.Errorf("Without = %v", slices.Collect(s.All()))
	}
	if n := len(slices.Collect(attr.AllSet.All())); n != attr.Count {
		t.Errorf("AllSet has %d", n)
	}
}

func ExampleValues() {
	rec := attr.Values{attr.GivenName: "Federica", attr.FamilyName: "Sanchez Arjona"}
	for a, v := range rec.All() {
		fmt.Printf("%s: %s\n", a, v)
	}
	fmt.Println(rec[attr.Email] == "")
	// Output:
	// givenName: Federica
	// familyName: Sanchez Arjona
	// true
}
