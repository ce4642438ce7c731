package match_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/kycmatch/kycmatch/match"
)

func ExampleEngine_Match() {
	e := match.MustNew(match.Config{})
	req := match.Request{
		PhoneNumber: "+34629255833",
		GivenName:   "Federica",
		FamilyName:  "Sanchez Arjona",
		CityOfBirth: "Madrid",
		Birthdate:   "1978-08-22",
	}
	// What the operator holds for +34629255833.
	rec := match.Record{
		GivenName:   "FEDERICA",
		FamilyName:  "Sánchez Arjona",
		CityOfBirth: "Madri",
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

func ExampleEngine_MatchLookup() {
	e := match.MustNew(match.Config{RequireIDDocument: true})
	records := map[string]match.Record{
		"+34629255833": {IDDocument: "66666666-Q", GivenName: "Federica"},
	}
	lookup := func(_ context.Context, phone string) (match.Record, error) {
		rec, ok := records[phone]
		if !ok {
			return match.Record{}, match.ErrIdentifierNotFound
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
	fmt.Println(errors.Is(err, match.ErrIdentifierNotFound))
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
