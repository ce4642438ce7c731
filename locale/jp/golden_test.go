package jp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/matchapi"
	"github.com/kycmatch/kycmatch/internal/golden"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
	"github.com/kycmatch/kycmatch/match"
)

// TestGolden runs the Japanese golden cases of testdata/golden/jp through the
// engine with the Japanese profile; those under zengin/ with the Zengin
// option.
func TestGolden(t *testing.T) {
	golden.Run(t, "../../testdata/golden/jp", map[string]locale.Profile{"JP": jp.New(jp.Config{})}, "zengin")
	golden.Run(t, "../../testdata/golden/jp/zengin", map[string]locale.Profile{"JP": jp.New(jp.Config{Zengin: true})})
}

// TestExampleJP answers the Japanese persona of the README
// (testdata/examples/request-jp.json against record-jp.json) as the command
// does, and checks it against response-jp.json: the command's own tests do
// not load the Japanese dictionary.
func TestExampleJP(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("../../testdata/examples", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	s, err := matchapi.New(match.MustNew(match.Config{}, jp.New(jp.Config{})), matchapi.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := camara.DecodeSubscriber(read("record-jp.json"))
	if err != nil {
		t.Fatal(err)
	}
	reply, _ := s.Reply(context.Background(), matchapi.V04, read("request-jp.json"), "",
		camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) { return rec, nil }))
	var out bytes.Buffer
	if err := json.Indent(&out, reply.Body, "", "  "); err != nil {
		t.Fatal(err)
	}
	got := out.Bytes()
	if want := bytes.TrimSpace(read("response-jp.json")); !bytes.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
