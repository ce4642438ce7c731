package match_test

import (
	"context"
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
	for a, f := range resp.All() {
		if f.HasScore {
			fmt.Println(a, f.Result, f.Score, f.Reason)
			continue
		}
		fmt.Println(a, f.Result, f.Reason)
	}
	// Output:
	// givenName true NORMALIZED
	// familyName true NORMALIZED+DIACRITIC_FOLD
	// birthdate not_available NOT_HELD
	// cityOfBirth false 97 DIFFERENT
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
	// which composes "Kerkstraat 12 A" from the record's parts and reads
	// both addresses as street, number and extension.
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
	// NL true COMPOSED+ADDRESS_PARTS
	// ES
	// match: config: defaultCountry "JP" has no profile among those the engine was given ([ES])
}
