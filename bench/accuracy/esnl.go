package main

import (
	"embed"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kycmatch/kycmatch/attr"
)

//go:embed testdata/meertens/top_1000_last_names_in_the_netherlands_2007.csv
var meertensFS embed.FS

// esnlSeed seeds the synthetic Spanish and Dutch people, so that every run
// builds the same pairs.
const esnlSeed = 20261127

// The equivalence sets of Spain and the Netherlands: each pair is a record
// of the country holding the value as an operator does (in parts where the
// specification composes it), and a request that is either the same value
// written another way (a format variant: "true" is right) or a real
// difference (one letter, another number, a missing particle or surname,
// swapped surnames, a nickname: "true" is wrong). The people are synthetic:
// common Spanish given names and surnames (INE's most frequent), the 1,000
// most frequent Dutch family names of the Meertens Familienamenbank with
// common Dutch given names, streets made of common names.
func esnlSets() []Set {
	eq := func(name, a, about string, pairs func() ([]Pair, error)) Set {
		return Set{Name: name, Attr: a, Kind: Equivalence, About: about, Pairs: pairs}
	}
	return []Set{
		eq("es/name", "name", "Spanish names held as givenName + familyName (two surnames): case, accents, hyphen, sort form, Mª/Fco./Glez. against one letter, a missing or swapped surname, a missing particle, a hypocoristic", esNamePairs),
		eq("es/address", "address", "Spanish addresses held as streetName + streetNumber (+ floor and door, postcode, locality): C/, Avda., Pza., Pº, Ctra., the type left out, number first, s/n, 3º izq, postcode and locality against another number, type, letter, postcode", esAddressPairs),
		eq("es/idDocument", "idDocument", "DNI numbers: case, separators, leading zeros against another check letter or digit", esIDPairs),
		eq("nl/familyName", "familyName", "the 1,000 most frequent Dutch family names (Meertens): sort form, case, vd, v.d., ij/y against a missing or other particle, one letter", nlFamilyNamePairs),
		eq("nl/name", "name", "Dutch names held as givenName + familyName (+ familyNameAtBirth): sort form, naamgebruik (Jansen-de Vries), case against a missing particle, one letter, a roepnaam", nlNamePairs),
		eq("nl/address", "address", "Dutch addresses held as streetName + streetNumber + houseNumberExtension (+ postcode, locality): Kerkstr., 12a, 12 A, 12-a, postcode 1234 AB against another number, extension, suffix, letter, postcode", nlAddressPairs),
	}
}

// esGiven and esSurnames are common Spanish given names and surnames
// (INE, most frequent among residents).
var (
	esGiven = []string{"María", "Carmen", "José", "Antonio", "Francisco", "Manuel", "Ana", "Laura",
		"Javier", "David", "Federica", "Lucía", "Pilar", "Dolores", "Isabel", "Juan", "Pedro",
		"Miguel", "Carlos", "Rosa", "Jesús", "Ángel", "Raúl", "Inés", "Sofía", "Álvaro", "Elena"}
	esSurnames = []string{"García", "Fernández", "González", "Rodríguez", "López", "Martínez",
		"Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
		"Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez",
		"Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez",
		"Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias",
		"Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto",
		"Arjona", "de la Fuente", "del Río", "de la Cruz", "de los Santos", "Ortega y Gasset"}
	// esAbbrev are the abbreviations a Spanish form may use for a name.
	esAbbrev = map[string]string{"María": "Mª", "Francisco": "Fco.", "González": "Glez.",
		"Fernández": "Fdez.", "Rodríguez": "Rguez.", "Martínez": "Mnez.", "Hernández": "Hdez."}
	// esShort are hypocoristics: a different value, high in the score.
	esShort = map[string]string{"Francisco": "Paco", "José": "Pepe", "Dolores": "Lola", "Manuel": "Manolo", "Jesús": "Chus"}
)

// esNamePairs builds the Spanish name pairs.
func esNamePairs() ([]Pair, error) {
	rng := rand.New(rand.NewPCG(esnlSeed, 1))
	var out []Pair
	for range 400 {
		given := esGiven[rng.IntN(len(esGiven))]
		s1 := esSurnames[rng.IntN(len(esSurnames))]
		s2 := esSurnames[rng.IntN(len(esSurnames))]
		if s1 == s2 {
			continue
		}
		rec := attr.Values{attr.Country: "ES", attr.GivenName: given, attr.FamilyName: s1 + " " + s2}
		full := given + " " + s1 + " " + s2
		add := func(req string, same bool) {
			out = append(out, Pair{Req: attr.Values{attr.Name: req}, Rec: rec, Same: same})
		}
		// Format variants.
		add(strings.ToUpper(full), true)
		add(stripAccents(full), true)
		add(strings.ToUpper(stripAccents(full)), true)
		if !strings.Contains(s1, " ") && !strings.Contains(s2, " ") {
			add(given+" "+s1+"-"+s2, true)
		}
		add(s1+" "+s2+", "+given, true)
		if abbr := abbreviate(full); abbr != full {
			add(abbr, true)
		}
		// Real differences.
		add(given+" "+s1, false)
		add(given+" "+s2+" "+s1, false)
		add(changeLetter(rng, full), false)
		if other := esGiven[rng.IntN(len(esGiven))]; other != given {
			add(other+" "+s1+" "+s2, false)
		}
		if short, ok := esShort[given]; ok {
			add(short+" "+s1+" "+s2, false)
		}
		for _, p := range []string{"de la ", "del ", "de los ", " y "} {
			if i := strings.Index(full, p); i >= 0 {
				add(strings.Replace(full, strings.TrimSpace(p)+" ", "", 1), false)
				break
			}
		}
	}
	return out, nil
}

// abbreviate writes the words of a Spanish name that have a usual
// abbreviation abbreviated.
func abbreviate(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if a, ok := esAbbrev[x]; ok {
			w[i] = a
		}
	}
	return strings.Join(w, " ")
}

// esStreetTypes are Spanish street types, written out and abbreviated.
var esStreetTypes = [][2]string{{"Calle", "C/"}, {"Avenida", "Avda."}, {"Plaza", "Pza."}, {"Paseo", "Pº"}, {"Carretera", "Ctra."}}

// esStreets are common names of Spanish streets.
var esStreets = []string{"Mayor", "Real", "Sol", "Iglesia", "Constitución", "San Juan", "Alcalá",
	"Cervantes", "Colón", "Goya", "Toledo", "Nueva", "Libertad", "Castilla", "Andalucía", "Mar", "Estación"}

// esPlaces are Spanish localities with a postcode of each.
var esPlaces = [][2]string{{"Madrid", "28013"}, {"Barcelona", "08001"}, {"Sevilla", "41001"}, {"A Coruña", "15001"},
	{"Girona", "17001"}, {"Valencia", "46001"}, {"Bilbao", "48001"}, {"Málaga", "29001"}}

// esAddressPairs builds the Spanish address pairs.
func esAddressPairs() ([]Pair, error) {
	rng := rand.New(rand.NewPCG(esnlSeed, 2))
	var out []Pair
	for k := range 400 {
		typ := esStreetTypes[rng.IntN(len(esStreetTypes))]
		name := esStreets[rng.IntN(len(esStreets))]
		num := fmt.Sprint(1 + rng.IntN(150))
		place := esPlaces[rng.IntN(len(esPlaces))]
		rec := attr.Values{attr.Country: "ES", attr.StreetName: typ[0] + " " + name, attr.StreetNumber: num}
		withPlace := k%2 == 0
		if withPlace {
			rec[attr.PostalCode], rec[attr.Locality] = place[1], place[0]
		}
		add := func(req string, same bool) {
			out = append(out, Pair{Req: attr.Values{attr.Address: req}, Rec: rec, Same: same})
		}
		// Format variants.
		add(typ[1]+" "+name+" "+num, true)
		add(typ[0]+" "+name+", "+num, true)
		add(strings.ToUpper(stripAccents(typ[0]+" "+name+" "+num)), true)
		add(name+" "+num, true)
		// A postcode and locality the record lacks are extra words, not a
		// difference (DESIGN.md 3: they count only where both sides have
		// them).
		add(typ[1]+" "+name+", "+num+", "+place[1]+" "+place[0], true)
		add(typ[0]+" de "+name+" "+num, true)
		// Real differences.
		add(typ[0]+" "+name+" "+fmt.Sprint(151+rng.IntN(50)), false)
		add(typ[0]+" "+name, false)
		other := esStreetTypes[(indexOf(esStreetTypes, typ)+1)%len(esStreetTypes)]
		add(other[0]+" "+name+" "+num, false)
		add(typ[0]+" "+changeLetter(rng, name)+" "+num, false)
		if withPlace {
			add(typ[0]+" "+name+" "+num+", "+otherPostcode(place[1])+" "+place[0], false)
		}
	}
	// Houses without a number (s/n) and floors and doors.
	for range 100 {
		name := esStreets[rng.IntN(len(esStreets))]
		rec := attr.Values{attr.Country: "ES", attr.StreetName: "Calle " + name, attr.StreetNumber: "s/n"}
		out = append(out,
			Pair{Req: attr.Values{attr.Address: "C/ " + name + " S/N"}, Rec: rec, Same: true},
			Pair{Req: attr.Values{attr.Address: "C/ " + name + " 1"}, Rec: rec, Same: false})
		num := fmt.Sprint(1 + rng.IntN(150))
		floor := fmt.Sprint(1 + rng.IntN(9))
		rec = attr.Values{attr.Country: "ES", attr.StreetName: "Calle " + name, attr.StreetNumber: num,
			attr.HouseNumberExtension: floor + "º izq"}
		out = append(out,
			Pair{Req: attr.Values{attr.Address: "Calle " + name + " " + num + ", " + floor + " izquierda"}, Rec: rec, Same: true},
			Pair{Req: attr.Values{attr.Address: "Calle " + name + " " + num + ", " + floor + "º dcha"}, Rec: rec, Same: false})
	}
	return out, nil
}

// esIDPairs builds DNI pairs.
func esIDPairs() ([]Pair, error) {
	rng := rand.New(rand.NewPCG(esnlSeed, 3))
	const letters = "TRWAGMYFPDXBNJZSQVHLCKE"
	var out []Pair
	for k := range 300 {
		n := rng.IntN(100000000)
		if k%5 == 0 {
			n %= 10000000 // a leading zero
		}
		num := fmt.Sprintf("%08d", n)
		dni := num + string(letters[n%23])
		rec := attr.Values{attr.Country: "ES", attr.IDDocument: dni}
		add := func(req string, same bool) {
			out = append(out, Pair{Req: attr.Values{attr.IDDocument: req}, Rec: rec, Same: same})
		}
		add(strings.ToLower(dni), true)
		add(num+"-"+dni[8:], true)
		add(num[:2]+"."+num[2:5]+"."+num[5:]+"-"+dni[8:], true)
		if num[0] == '0' {
			add(strings.TrimLeft(num, "0")+dni[8:], true)
		}
		add(num+string(letters[(n+1)%23]), false)
		d := []byte(num)
		d[3] = '0' + (d[3]-'0'+1)%10
		add(string(d)+dni[8:], false)
	}
	return out, nil
}

// meertens reads the natural and sort forms of the 1,000 most frequent
// Dutch family names.
func meertens() ([][2]string, error) {
	rows, err := readCSV(meertensFS, "testdata/meertens/top_1000_last_names_in_the_netherlands_2007.csv")
	if err != nil {
		return nil, err
	}
	col, err := columns(rows[0], "natural name", "meertens db name")
	if err != nil {
		return nil, err
	}
	out := make([][2]string, 0, len(rows)-1)
	for _, r := range rows[1:] {
		out = append(out, [2]string{r[col[0]], r[col[1]]})
	}
	return out, nil
}

// nlParticles are the particles the generated differences swap.
var nlParticles = []string{"van", "de", "van der", "van den", "van de", "ter", "ten", "te", "den", "van 't"}

// splitParticle splits a Dutch natural name into its particles and core.
func splitParticle(n string) (string, string) {
	w := strings.Fields(n)
	i := 0
	for i < len(w)-1 {
		r, _ := utf8.DecodeRuneInString(w[i])
		if unicode.IsUpper(r) {
			break
		}
		i++
	}
	return strings.Join(w[:i], " "), strings.Join(w[i:], " ")
}

// nlFamilyNamePairs builds the Dutch family-name pairs.
func nlFamilyNamePairs() ([]Pair, error) {
	names, err := meertens()
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(esnlSeed, 4))
	var out []Pair
	for _, nm := range names {
		natural, sorted := nm[0], nm[1]
		rec := attr.Values{attr.Country: "NL", attr.FamilyName: natural}
		add := func(req string, same bool) {
			out = append(out, Pair{Req: attr.Values{attr.FamilyName: req}, Rec: rec, Same: same})
		}
		part, core := splitParticle(natural)
		add(strings.ToUpper(natural), true)
		add(changeLetter(rng, core), false)
		if part == "" {
			if strings.Contains(natural, "ij") {
				add(strings.ReplaceAll(natural, "ij", "y"), true)
			}
			continue
		}
		add(sorted, true)
		add(titleWords(natural), true)
		add(core+" "+part, true)
		switch part {
		case "van der", "van den":
			add("vd "+core, true)
			add("v.d. "+core, true)
		}
		add(core, false)
		if other := nlParticles[rng.IntN(len(nlParticles))]; other != part {
			add(other+" "+core, false)
		}
		add(part+" "+changeLetter(rng, core), false)
	}
	return out, nil
}

// nlGiven are common Dutch given names, and nlRoep roepnamen of some.
var (
	nlGiven = []string{"Jan", "Pieter", "Cornelis", "Johannes", "Willem", "Hendrik", "Anna", "Maria",
		"Johanna", "Elisabeth", "Sanne", "Daan", "Sem", "Emma", "Julia", "Lotte", "Thomas", "Femke", "Bram", "Eva"}
	nlRoep = map[string]string{"Cornelis": "Kees", "Hendrik": "Henk", "Johannes": "Hans", "Pieter": "Piet", "Willem": "Wim", "Elisabeth": "Bep"}
)

// nlNamePairs builds the Dutch full-name pairs.
func nlNamePairs() ([]Pair, error) {
	names, err := meertens()
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(esnlSeed, 5))
	var out []Pair
	for range 400 {
		given := nlGiven[rng.IntN(len(nlGiven))]
		fam := names[rng.IntN(len(names))][0]
		rec := attr.Values{attr.Country: "NL", attr.GivenName: given, attr.FamilyName: fam}
		add := func(req string, same bool) {
			out = append(out, Pair{Req: attr.Values{attr.Name: req}, Rec: rec, Same: same})
		}
		part, core := splitParticle(fam)
		add(given+" "+fam, true)
		add(strings.ToUpper(given+" "+fam), true)
		add(strings.TrimSpace(core+", "+given+" "+part), true)
		if part != "" {
			add(given+" "+core, false)
		}
		add(given+" "+changeLetter(rng, fam), false)
		if r, ok := nlRoep[given]; ok {
			add(r+" "+fam, false)
		}
		// Naamgebruik: the partner's name and the own name at birth.
		birth := names[rng.IntN(len(names))][0]
		if birth == fam {
			continue
		}
		rec2 := attr.Values{attr.Country: "NL", attr.GivenName: given, attr.FamilyName: fam, attr.FamilyNameAtBirth: birth}
		for _, req := range []string{given + " " + fam + "-" + birth, given + " " + birth + "-" + fam, given + " " + birth} {
			out = append(out, Pair{Req: attr.Values{attr.Name: req}, Rec: rec2, Same: true})
		}
		out = append(out, Pair{Req: attr.Values{attr.Name: given + " " + changeLetter(rng, birth)}, Rec: rec2, Same: false})
	}
	return out, nil
}

// nlStreets and nlSuffixes make Dutch street names; nlAbbrev are the
// suffixes' abbreviations.
var (
	nlStreets  = []string{"Kerk", "Dorps", "Molen", "School", "Stations", "Wilhelmina", "Juliana", "Beatrix", "Oranje", "Hoofd", "Nieuwe", "Zuid", "Noord", "Linden", "Eiken", "Vondel"}
	nlSuffixes = []string{"straat", "laan", "weg", "plein", "gracht", "singel", "kade", "dijk"}
	nlAbbrev   = map[string]string{"straat": "str.", "laan": "ln.", "weg": "wg.", "gracht": "gr.", "singel": "sngl."}
	nlPlaces   = [][2]string{{"Amsterdam", "1012 AB"}, {"Utrecht", "3511 CE"}, {"'s-Gravenhage", "2511 BT"}, {"Rotterdam", "3011 AD"}, {"Leeuwarden", "8911 BK"}}
)

// nlAddressPairs builds the Dutch address pairs.
func nlAddressPairs() ([]Pair, error) {
	rng := rand.New(rand.NewPCG(esnlSeed, 6))
	var out []Pair
	for k := range 400 {
		core := nlStreets[rng.IntN(len(nlStreets))]
		suf := nlSuffixes[rng.IntN(len(nlSuffixes))]
		street := core + suf
		num := fmt.Sprint(1 + rng.IntN(200))
		ext := []string{"", "a", "b", "A"}[rng.IntN(4)]
		place := nlPlaces[rng.IntN(len(nlPlaces))]
		rec := attr.Values{attr.Country: "NL", attr.StreetName: street, attr.StreetNumber: num, attr.HouseNumberExtension: ext}
		withPlace := k%2 == 0
		if withPlace {
			rec[attr.PostalCode], rec[attr.Locality] = place[1], place[0]
		}
		add := func(req string, same bool) {
			out = append(out, Pair{Req: attr.Values{attr.Address: req}, Rec: rec, Same: same})
		}
		e := strings.ToLower(ext)
		add(street+" "+num+e, true)
		add(strings.ToUpper(street)+" "+num+" "+strings.ToUpper(e), true)
		if ext != "" {
			add(street+" "+num+"-"+strings.ToUpper(e), true)
			// KYC Match v0.4.0 address: "in NLD, it can be
			// streetName+streetNumber or
			// streetName+streetNumber+houseNumberExtension".
			add(street+" "+num, true)
			add(street+" "+num+"c", false)
		}
		if a, ok := nlAbbrev[suf]; ok {
			add(core+a+" "+num+e, true)
		}
		add(street+" "+num+e+", "+place[1]+" "+place[0], true)
		add(street+" "+num+e+" "+strings.ReplaceAll(place[1], " ", ""), true)
		add(street+" "+fmt.Sprint(201+rng.IntN(50))+e, false)
		other := nlSuffixes[(indexOfString(nlSuffixes, suf)+1)%len(nlSuffixes)]
		add(core+other+" "+num+e, false)
		add(changeLetter(rng, core)+suf+" "+num+e, false)
		if withPlace {
			add(street+" "+num+e+", "+otherNLPostcode(place[1])+" "+place[0], false)
		}
	}
	return out, nil
}

// changeLetter replaces one letter of s, chosen by rng, by another letter.
func changeLetter(rng *rand.Rand, s string) string {
	r := []rune(s)
	var pos []int
	for i, c := range r {
		if unicode.IsLetter(c) {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return s + "x"
	}
	i := pos[rng.IntN(len(pos))]
	c := unicode.ToLower(r[i])
	n := 'a' + (c-'a'+1+rune(rng.IntN(24)))%26
	if n < 'a' || n > 'z' || n == c {
		n = 'x'
	}
	if unicode.IsUpper(r[i]) {
		n = unicode.ToUpper(n)
	}
	r[i] = n
	return string(r)
}

// stripAccents removes the accents a Spanish keyboard adds.
func stripAccents(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U").Replace(s)
}

// titleWords capitalises every word ("Van Den Berg").
func titleWords(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r, n := utf8.DecodeRuneInString(x)
		w[i] = string(unicode.ToUpper(r)) + x[n:]
	}
	return strings.Join(w, " ")
}

// otherPostcode returns another Spanish postcode of the same province.
func otherPostcode(pc string) string {
	b := []byte(pc)
	b[4] = '0' + (b[4]-'0'+1)%10
	return string(b)
}

// otherNLPostcode returns another Dutch postcode of the same area.
func otherNLPostcode(pc string) string {
	b := []byte(pc)
	b[3] = '0' + (b[3]-'0'+1)%10
	return string(b)
}

func indexOf(list [][2]string, x [2]string) int {
	for i, v := range list {
		if v == x {
			return i
		}
	}
	return -1
}

func indexOfString(list []string, x string) int {
	for i, v := range list {
		if v == x {
			return i
		}
	}
	return -1
}
