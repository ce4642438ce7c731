package camara

// Correlator is an x-correlator header pattern. The header is optional, and
// a valid one is echoed on every answer, errors included; an invalid one is
// 400 INVALID_ARGUMENT and is not echoed.
type Correlator uint8

const (
	// CorrelatorWide is ^[a-zA-Z0-9-_:;.\/<>{}]{0,256}$, the pattern of
	// Commonalities 0.6 (KYC Match v0.4.0 and the v0.5.0 draft, Age
	// Verification v0.2.1, Tenure v0.2.0). KYC Match v0.2.1 gives the
	// header no pattern; the server applies this one to it too, since the
	// header is echoed and logged.
	CorrelatorWide Correlator = iota
	// CorrelatorNarrow is ^[a-zA-Z0-9-]{0,55}$, KYC Match v0.3.0's.
	CorrelatorNarrow
)

// Valid reports whether s matches the pattern.
func (c Correlator) Valid(s string) bool {
	limit := 256
	if c == CorrelatorNarrow {
		limit = 55
	}
	if len(s) > limit {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b >= '0' && b <= '9', b == '-':
		case c == CorrelatorWide && (b == '_' || b == ':' || b == ';' || b == '.' || b == '/' || b == '<' || b == '>' || b == '{' || b == '}'):
		default:
			return false
		}
	}
	return true
}

// Pattern returns the pattern, as the specifications write it.
func (c Correlator) Pattern() string {
	if c == CorrelatorNarrow {
		return `^[a-zA-Z0-9-]{0,55}$`
	}
	return `^[a-zA-Z0-9-_:;.\/<>{}]{0,256}$`
}
