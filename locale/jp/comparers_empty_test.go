package jp

import (
	"testing"

	"github.com/kycmatch/kycmatch/locale"
)

// TestComparersEmptyValues calls every Japanese comparer with an empty value
// on either side, as a caller of the comparers may (the engine gives them
// none since TestNothingToCompare's fix): never equal, and no panic (the
// name comparer read an empty value's first key).
func TestComparersEmptyValues(t *testing.T) {
	t.Parallel()
	var empty locale.Value
	for _, c := range []locale.Comparer{NameComparer{}, NameComparer{Options: Options{FullName: true}}, AddressComparer{},
		PlaceComparer{}, PlaceComparer{City: true}, RoomComparer{}, BlockComparer{}, RegionComparer{},
		PostalCodeComparer{}, DateComparer{}, CountryComparer{}, GenderComparer{}} {
		v := c.Canon("山田 1", nil)
		for _, p := range [][2]*locale.Value{{&empty, &v}, {&v, &empty}, {&empty, &empty}} {
			if _, ok := locale.Same(c, p[0], p[1]); ok {
				t.Errorf("%T: an empty value is equal", c)
			}
			c.Score(p[0], p[1])
		}
	}
}
