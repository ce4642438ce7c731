package camara_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/match"
)

func TestDecodeSubscriber(t *testing.T) {
	t.Parallel()
	sub, err := camara.DecodeSubscriber([]byte(`{"phoneNumber":"+34 629 25 58 33","givenName":"Federica","familyName":null,"email":"",
		"tenureStart":"20150301","contractType":"paym","identityVerified":true,"contentLock":false,"parentalControl":null,
		"notApplicable":["kyc-tenure"]}`))
	want := camara.Subscriber{
		PhoneNumber: "+34629255833", Identity: match.Record{attr.GivenName: "Federica"},
		TenureStart: "2015-03-01", ContractType: camara.ContractPAYM, IdentityVerified: camara.FlagTrue,
		ContentLock: camara.FlagFalse, NotApplicable: camara.APISet(0).With(camara.Tenure),
	}
	if err != nil || sub != want {
		t.Fatalf("got %+v, %v", sub, err)
	}
	b, _ := json.Marshal(sub)
	if string(b) != `{"phoneNumber":"+34629255833","givenName":"Federica","tenureStart":"2015-03-01","contractType":"PAYM","identityVerified":true,"contentLock":false,"notApplicable":["kyc-tenure"]}` {
		t.Errorf("marshalled %s", b)
	}
	var back camara.Subscriber
	if err := json.Unmarshal(b, &back); err != nil || back != want {
		t.Errorf("round trip %+v, %v", back, err)
	}
	all, err := camara.DecodeSubscriber([]byte(`{"notApplicable":true}`))
	if err != nil || all.NotApplicable != camara.AllAPIs {
		t.Errorf("notApplicable true: %+v %v", all, err)
	}
	for name, tc := range map[string]struct{ data, msg string }{
		// Issue 6: record keys were quoted; a key may be data.
		"Misspelt":        {`{"givenName":"x","givenname":"Federica"}`, "property 2 (counting from 1) is not a record property"},
		"DataAsName":      {`{"Federica Sanchez":"x"}`, "property 1 (counting from 1) is not"},
		"Number":          {`{"streetNumber":4}`, "the value of streetNumber is not a string"},
		"Array":           {`["Federica"]`, "not a JSON object"},
		"NotJSON":         {`{"givenName":"Federica"`, "not a JSON object"},
		"Duplicate":       {`{"givenName":"Federica","givenName":"Federica"}`, "givenName appears more than once"},
		"Duplicate phone": {`{"phoneNumber":"+34629255833","phoneNumber":"+34629255833"}`, "phoneNumber appears more than once"},
		"Phone":           {`{"phoneNumber":"629255833"}`, "phoneNumber is not a phone number"},
		"TenureStart":     {`{"tenureStart":"2015-02-30"}`, "tenureStart is not a date"},
		"ContractType":    {`{"contractType":"Federica"}`, "contractType is not one of PAYG, PAYM, Business"},
		"Flag":            {`{"contentLock":"yes"}`, "contentLock is not a boolean"},
		"NotApplicable":   {`{"notApplicable":["Federica"]}`, "notApplicable is not true, false or a list of API names"},
		"NotApplicableNo": {`{"notApplicable":"all"}`, "notApplicable is not true"},
	} {
		_, err := camara.DecodeSubscriber([]byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.msg) || strings.Contains(err.Error(), "Federica") || strings.Contains(err.Error(), "givenname") {
			t.Errorf("%s: got %v, want an error saying %q without the value", name, err, tc.msg)
		}
	}
}

// FuzzDecodeSubscriber checks that any record decodes or is refused with an
// error that quotes no value, and that what decodes marshals back to the
// same record.
func FuzzDecodeSubscriber(f *testing.F) {
	for _, b := range []string{`{}`, `{"phoneNumber":"+34629255833","givenName":"FEDERICA","tenureStart":"20150301","notApplicable":["kyc-tenure"]}`,
		`{"contentLock":true,"contractType":"payg"}`, `{"notApplicable":true}`, `[]`} {
		f.Add([]byte(b))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sub, err := camara.DecodeSubscriber(data)
		if err != nil {
			return
		}
		b, _ := json.Marshal(sub)
		back, err := camara.DecodeSubscriber(b)
		if err != nil || back != sub {
			t.Fatalf("round trip of %s: %+v, %v", b, back, err)
		}
	})
}
