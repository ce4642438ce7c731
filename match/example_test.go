package match_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale/es"
	"github.com/kycmatch/kycmatch/locale/nl"
	"github.com/kycmatch/kycmatch/match"
)

func ExampleEngine_Match() {
	e := match.MustNew(match.Config{})
	req := match.Request{PhoneNumber: "+34629255833", Values: attr.Values{
		attr.GivenName:   "Federica",
		attr.FamilyName:  "Sanchez Arjona",
		attr.CityOfBirth: "Madrid",
		attr.Birthdate:   "1978-08-22",
	}}
	// What the operator holds for +34629255833.
	rec := match.Record{
		attr.GivenName:   "FEDERICA",
		attr.FamilyName:  "Sánchez Arjona",
		attr.CityOfBirth: "Madri",
	}
	resp, err := e.Match(context.Background(), req, rec, match.Subject{})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := json.Marshal(resp)
	fmt.Println(string(out))
	for a, f := range resp.All() {
		fmt.Println(a, f.Result, f.Reason)
	}
	// Output:
	// {"givenNameMatch":"true","familyNameMatch":"true","birthdateMatch":"not_available","cityOfBirthMatch":"false","cityOfBirthMatchScore":97}
	// givenName true NORMALIZED
	// familyName true NORMALIZED+DIACRITIC_FOLD
	// birthdate not_available NOT_HELD
	// cityOfBirth false DIFFERENT
}

// An embedder chooses the country profiles its engine holds; the engine
// picks, per request, the profile of the record's country, else of the phone
// number's country, else of defaultCountry, else the generic one.
func ExampleNew() {
	e, err := match.New(match.Config{DefaultCountry: "ES"}, es.New(), nl.New())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Countries())
	req := match.Request{PhoneNumber: "+31612345678", Values: attr.Values{attr.Address: "Kerkstraat 12a"}}
	rec := match.Record{attr.StreetName: "Kerkstraat", attr.StreetNumber: "12", attr.HouseNumberExtension: "A"}
	// A Dutch number and a record without a country: the Dutch profile,
	// which composes "Kerkstraat 12A" from the record's parts.
	resp, _ := e.Match(context.Background(), req, rec, match.Subject{})
	f, _ := resp.Get(attr.Address)
	fmt.Println(resp.Country, f.Result, f.Reason)
	// A number of a country without a profile: the default, Spain.
	req.PhoneNumber = "+4915112345678"
	resp, _ = e.Match(context.Background(), req, rec, match.Subject{})
	fmt.Println(resp.Country)

	// A default country the engine has no profile for is refused.
	_, err = match.New(match.Config{DefaultCountry: "JP"}, es.New())
	fmt.Println(err)
	// Output:
	// [ES NL]
	// NL true NORMALIZED+COMPOSED
	// ES
	// match: config: defaultCountry "JP" has no profile among those the engine was given ([ES])
}

func ExampleEngine_MatchLookup() {
	e := match.MustNew(match.Config{RequireIDDocument: true})
	records := map[string]match.Record{
		"+34629255833": {attr.IDDocument: "66666666-Q", attr.GivenName: "Federica"},
	}
	lookup := func(_ context.Context, phone string) (match.Record, error) {
		rec, ok := records[phone]
		if !ok {
			return match.Record{}, match.CodeIdentifierNotFound
		}
		return rec, nil
	}
	body := []byte(`{"idDocument":"66666666q","givenName":"Federica"}`)
	req, err := e.DecodeRequest(body)
	if err != nil {
		fmt.Println(err)
		return
	}
	// A three-legged token identified the line.
	resp, err := e.MatchLookup(context.Background(), req, match.Subject{PhoneNumber: "+34629255833"}, lookup)
	out, _ := json.Marshal(resp)
	fmt.Println(string(out), err)

	// Another line, unknown to the operator.
	_, err = e.MatchLookup(context.Background(), req, match.Subject{PhoneNumber: "+34600000000"}, lookup)
	fmt.Println(errors.Is(err, match.CodeIdentifierNotFound))
	body, _ = json.Marshal(match.AsError(err))
	fmt.Println(string(body))
	// Output:
	// {"idDocumentMatch":"true","givenNameMatch":"true"} <nil>
	// true
	// {"status":404,"code":"IDENTIFIER_NOT_FOUND","message":"The phone number provided is not associated with a customer account"}
}

func ExampleEngine_DecodeRequest() {
	e := match.MustNew(match.Config{})
	_, err := e.DecodeRequest([]byte(`{"phoneNumber":"+34629255833","streetNumber":4}`))
	out, _ := json.Marshal(match.AsError(err))
	fmt.Println(string(out))
	// Output:
	// {"status":400,"code":"INVALID_ARGUMENT","message":"streetNumber must be a string."}
}
