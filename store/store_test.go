package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/store"
)

func TestDemo(t *testing.T) {
	t.Parallel()
	d := store.Demo()
	if d.Len() != 6 {
		t.Fatalf("%d demo subscribers", d.Len())
	}
	sub, err := d.Lookup(context.Background(), "+34629255833")
	if err != nil || sub.Identity[attr.GivenName] != "FEDERICA" || sub.TenureStart != "2015-03-01" || sub.ContractType != camara.ContractPAYM {
		t.Errorf("persona: %+v, %v", sub, err)
	}
	if _, err := d.Lookup(context.Background(), "+34000000000"); !errors.Is(err, camara.CodeIdentifierNotFound) {
		t.Errorf("unknown number: %v", err)
	}
	if string(store.DemoJSONL()) == "" {
		t.Error("no demo JSONL")
	}
}

func TestReadJSONL(t *testing.T) {
	t.Parallel()
	m, err := store.ReadJSONL(strings.NewReader("{\"phoneNumber\":\"+34 629 25 58 33\",\"givenName\":\"Federica\"}\n\n{\"phoneNumber\":\"+31612345678\"}\n"))
	if err != nil || m.Len() != 2 {
		t.Fatalf("%v, %v", m, err)
	}
	if _, err := m.Lookup(context.Background(), "+34629255833"); err != nil {
		t.Errorf("the number is not kept in E.164: %v", err)
	}
	for in, msg := range map[string]string{
		`{"givenName":"Federica"}`: "line 1: no phoneNumber",
		"{\"phoneNumber\":\"+34629255833\"}\n{\"phoneNumber\":\"+34629255833\"}":                       "line 2: a phoneNumber held twice",
		"\n{\"phoneNumber\":\"+34629255833\",\"Federica\":\"x\"}":                                      "line 2: camara: record: property 2",
		`{"phoneNumber":"+34629255833","givenName":"` + strings.Repeat("F", store.MaxLineBytes) + `"}`: "token too long",
	} {
		_, err := store.ReadJSONL(strings.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), msg) || strings.Contains(err.Error(), "Federica") {
			t.Errorf("%.60s: got %v, want %q", in, err, msg)
		}
	}
	if _, err := store.NewMemory(camara.Subscriber{}); err == nil {
		t.Error("NewMemory took a subscriber without a number")
	}
}
