package jp_test

import (
	"testing"

	"github.com/kycmatch/kycmatch/attr"
	"github.com/kycmatch/kycmatch/locale"
	"github.com/kycmatch/kycmatch/locale/jp"
)

func TestDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string // want "" when it is no date
		reason   string
	}{
		{"平成2年4月1日", "1990-04-01", "Heisei 2 is 1990"},
		{"平成02年04月01日", "1990-04-01", "zero-padded"},
		{"平成 2年 4月 1日", "1990-04-01", "spaces"},
		{"平成２年４月１日", "1990-04-01", "full-width digits"},
		{"平成二年四月一日", "1990-04-01", "kanji numerals"},
		{"平成2年4月1日生", "1990-04-01", "生, born, after the date"},
		{"㍻2年4月1日", "1990-04-01", "the one-character era, NFKC 平成"},
		{"平2.4.1", "1990-04-01", "the era's first kanji"},
		{"H2.4.1", "1990-04-01", "the era's letter"},
		{"h02/04/01", "1990-04-01", "the letter in lower case, slashes"},
		{"H.2.4.1", "1990-04-01", "a dot after the letter"},
		{"平成元年1月8日", "1989-01-08", "元年 is the first year; Heisei began on 8 January 1989"},
		{"平成元年1月7日", "", "the last day of Shōwa, not a day of Heisei"},
		{"昭和64年1月7日", "1989-01-07", "the last day of Shōwa"},
		{"昭和64年1月8日", "", "Shōwa had ended"},
		{"昭和55年12月31日", "1980-12-31", "Shōwa 55"},
		{"S55.12.31", "1980-12-31", "S for Shōwa"},
		{"令和元年5月1日", "2019-05-01", "Reiwa began on 1 May 2019"},
		{"R1.4.30", "", "30 April 2019 was Heisei 31"},
		{"平成31年4月30日", "2019-04-30", "the last day of Heisei"},
		{"大正15年12月24日", "1926-12-24", "the last day of Taishō"},
		{"T15.12.25", "", "Shōwa 1 began on 25 December 1926"},
		{"明治45年7月29日", "1912-07-29", "the last day of Meiji"},
		{"平成4年2月29日", "1992-02-29", "a leap day"},
		{"平成5年2月29日", "", "1993 was no leap year"},
		{"平成2年13月1日", "", "no 13th month"},
		{"平成0年4月1日", "", "no year 0 in an era"},
		{"1990年4月1日", "1990-04-01", "Gregorian with 年月日"},
		{"1990/4/1", "1990-04-01", "one-digit month and day"},
		{"1990.04.01", "1990-04-01", "dots"},
		{"90/4/1", "", "a two-digit year outside an era"},
		{"H2", "", "no month or day"},
		{"X2.4.1", "", "no era X"},
		{"平成2年4月", "", "no day"},
		{"", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, ok := jp.Date(tt.in)
			if want := tt.want != ""; ok != want || got != tt.want {
				t.Errorf("Date(%q) = %q, %v; want %q (%s)", tt.in, got, ok, tt.want, tt.reason)
			}
		})
	}
}

// TestDateComparer checks the Japanese profile's birthdate: the request's
// ISO date against a record written as Japanese records write dates, and
// the generic forms as before.
func TestDateComparer(t *testing.T) {
	t.Parallel()
	checkSame(t, []sameCase{
		{attr.Birthdate, "1990-04-01", "平成2年4月1日", true, locale.Format},
		{attr.Birthdate, "1990-04-01", "H2.4.1", true, locale.Format},
		{attr.Birthdate, "1990-04-01", "1990年4月1日", true, locale.Format},
		{attr.Birthdate, "1990-04-01", "1990-04-01", true, locale.Exact},
		{attr.Birthdate, "1990-04-01", "19900401", true, locale.Format},
		{attr.Birthdate, "1990-04-01", "平成2年4月2日", false, 0},
		{attr.Birthdate, "1990-04-01", "H3.4.1", false, 0},
		{attr.IDDocumentExpiryDate, "2030-03-31", "令和12年3月31日", true, locale.Format},
	})
	c := jp.New(jp.Config{}).Comparer(attr.Birthdate)
	if v := c.Canon("平成1年1月7日", nil); !v.Empty() {
		t.Errorf("Canon(平成1年1月7日) = %v, want no date (not_available)", v.Keys())
	}
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"平成2年4月1日", "H2.4.1", "令和元年5月1日", "1990/4/1", "1990年4月1日", "㍻2年4月1日生", "平成二年四月一日", "S64.1.7", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := jp.Date(s)
		if !ok {
			return
		}
		if _, ok := jp.Date(d); !ok {
			t.Errorf("Date(%q) = %q, which Date does not read", s, d)
		}
		if len(d) != 10 || d[4] != '-' || d[7] != '-' {
			t.Errorf("Date(%q) = %q, not YYYY-MM-DD", s, d)
		}
	})
}
