package tenureapi_test

import (
	"context"
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
