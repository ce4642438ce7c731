package tenureapi_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/kycmatch/kycmatch/camara"
	"github.com/kycmatch/kycmatch/camara/tenureapi"
)

func TestReply(t *testing.T) {
	t.Parallel()
	now := func() time.Time { return time.Date(2026, 6, 15, 23, 30, 0, 0, time.FixedZone("CEST", 2*3600)) }
	s := tenureapi.New(tenureapi.Options{Now: now})
	store := camara.StoreFunc(func(context.Context, string) (camara.Subscriber, error) {
		return camara.Subscriber{TenureStart: "2015-03-01", ContractType: camara.ContractPAYG}, nil
	})
	for body, want := range map[string]string{
		`{"phoneNumber":"+34629255833","tenureDate":"2015-03-01"}`: `{"tenureDateCheck":true,"contractType":"PAYG"}`,
		`{"phoneNumber":"+34629255833","tenureDate":"2015-02-28"}`: `{"tenureDateCheck":false,"contractType":"PAYG"}`,
		// The clock's own date: 15 June in its zone, 21:30 UTC.
		`{"phoneNumber":"+34629255833","tenureDate":"2026-06-15"}`:       `{"tenureDateCheck":true,"contractType":"PAYG"}`,
		`{"phoneNumber":"+34629255833","tenureDate":"2026-06-16"}`:       `{"status":400,"code":"OUT_OF_RANGE","message":"tenureDate must not be in the future."}`,
		`{"phoneNumber":"+34629255833","tenureDate":"2026-06-16","x":1}`: `{"status":400,"code":"OUT_OF_RANGE","message":"tenureDate must not be in the future."}`,
		`{"phoneNumber":"+34629255833"}`:                                 `{"status":400,"code":"INVALID_ARGUMENT","message":"tenureDate is required."}`,
	} {
		if got := s.Reply(context.Background(), []byte(body), "", store); string(got.Body) != want {
			t.Errorf("%s: %s\nwant %s", body, got.Body, want)
		}
	}
}

// FuzzDecode checks that any body decodes to a Request with a calendar date
// not after today, or to a 400 *camara.Error, without panicking.
func FuzzDecode(f *testing.F) {
	for _, b := range []string{``, `{}`, `{"tenureDate":"2020-01-01"}`, `{"tenureDate":"2999-01-01"}`, `{"tenureDate":20200101}`} {
		f.Add([]byte(b))
	}
	s := tenureapi.New(tenureapi.Options{})
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := s.Decode(body)
		if err != nil {
			if me, ok := errors.AsType[*camara.Error](err); !ok || me.Status != 400 {
				t.Fatalf("error %v is not a 400", err)
			}
			return
		}
		if _, err := time.Parse(time.DateOnly, req.TenureDate); err != nil || req.TenureDate > time.Now().Format(time.DateOnly) {
			t.Fatalf("tenureDate %q decoded", req.TenureDate)
		}
	})
}
