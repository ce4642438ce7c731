package jp_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/internal/comparertest"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestProfile(t *testing.T) {
	t.Parallel()
	comparertest.Profile(t, jp.New(jp.Config{}), "JP")
}

// TestSourcesAddress checks the address the profile composes from a
// record's parts: from the postcode down, the prefecture written once when
// the locality starts with it.
func TestSourcesAddress(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		region, locality string
		want             string
	}{
		{"region and city", "東京都", "千代田区", "〒102-8460 東京都 千代田区 飯田橋 3丁目10番10号"},
		{"locality with its prefecture", "東京都", "東京都千代田区", "〒102-8460 東京都千代田区 飯田橋 3丁目10番10号"},
		{"region in romaji", "Tokyo", "東京都千代田区", "〒102-8460 東京都千代田区 飯田橋 3丁目10番10号"},
		{"another prefecture", "大阪府", "東京都千代田区", "〒102-8460 大阪府 東京都千代田区 飯田橋 3丁目10番10号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var rec attr.Values
			rec[attr.PostalCode], rec[attr.Region], rec[attr.Locality] = "〒102-8460", tt.region, tt.locality
			rec[attr.StreetName], rec[attr.StreetNumber] = "飯田橋", "3丁目10番10号"
			got := jp.New(jp.Config{}).Sources(attr.Address, &rec, nil)
			if len(got) != 1 || got[0].Value != tt.want || got[0].Why != locale.Composed {
				t.Errorf("Sources(address) = %+v, want %q, COMPOSED", got, tt.want)
			}
		})
	}
}
