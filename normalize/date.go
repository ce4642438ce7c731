package normalize

// Date returns s when it is a real calendar date written YYYY-MM-DD (RFC 3339
// full-date: four-digit year, two-digit month 01..12, two-digit day that
// exists in that month, leap years included).
func Date(s string) (string, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return "", false
	}
	y, ok1 := atoi(s[0:4])
	m, ok2 := atoi(s[5:7])
	d, ok3 := atoi(s[8:10])
	if !ok1 || !ok2 || !ok3 || !validDate(y, m, d) {
		return "", false
	}
	return s, true
}

// RecordDate is [Date] for a value held by the operator, read in the forms
// operators' systems write, each strictly: YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD,
// or a date and time, RFC 3339 (1978-08-22T10:00:00Z, with 't', 'z' and a
// space for the 'T' accepted too, RFC 3339 section 5.6's note) or the same
// without its offset, as databases write local times
// (1978-08-22 00:00:00). Every field of the time must be valid (hour 00-23,
// minute 00-59, second 00-60, an optional fraction, an offset Z or ±hh:mm);
// the date part is kept, and the offset is not applied. It returns the
// YYYY-MM-DD form.
func RecordDate(s string) (string, bool) { return (*Folder)(nil).RecordDate(s) }

// recordDate returns the YYYY-MM-DD text of a record date, in buf when it
// must be rewritten, and whether it is a date of one of RecordDate's forms
// (not yet checked as a calendar date).
func recordDate(s string, buf *[10]byte) (string, []byte, bool) {
	switch {
	case len(s) == 8:
		copy(buf[0:4], s[0:4])
		copy(buf[5:7], s[4:6])
		copy(buf[8:10], s[6:8])
		buf[4], buf[7] = '-', '-'
		return "", buf[:], true
	case len(s) == 10 && s[4] == '/' && s[7] == '/':
		copy(buf[:], s)
		buf[4], buf[7] = '-', '-'
		return "", buf[:], true
	case len(s) > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' '):
		return s[:10], nil, validTime(s[11:])
	}
	return s, nil, true
}

// validTime reports whether s is an RFC 3339 partial-time
// (hh:mm:ss[.frac]) followed by an optional time offset (Z or ±hh:mm).
func validTime(s string) bool {
	if len(s) < 8 || s[2] != ':' || s[5] != ':' {
		return false
	}
	h, ok1 := atoi(s[0:2])
	m, ok2 := atoi(s[3:5])
	sec, ok3 := atoi(s[6:8])
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 60 {
		return false
	}
	s = s[8:]
	if len(s) > 0 && s[0] == '.' {
		i := 1
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == 1 {
			return false
		}
		s = s[i:]
	}
	switch {
	case s == "" || s == "Z" || s == "z":
		return true
	case len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':':
		oh, ok1 := atoi(s[1:3])
		om, ok2 := atoi(s[4:6])
		return ok1 && ok2 && oh <= 23 && om <= 59
	}
	return false
}

func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}
