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

// RecordDate is [Date] for a value held by the operator, read leniently: it
// also accepts YYYYMMDD, YYYY/MM/DD and an RFC 3339 date-time, whose date part
// is kept (the time zone is not applied). It returns the YYYY-MM-DD form.
func RecordDate(s string) (string, bool) {
	switch {
	case len(s) == 8:
		s = s[0:4] + "-" + s[4:6] + "-" + s[6:8]
	case len(s) == 10 && s[4] == '/' && s[7] == '/':
		s = s[0:4] + "-" + s[5:7] + "-" + s[8:10]
	case len(s) > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' '):
		s = s[:10]
	}
	return Date(s)
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
