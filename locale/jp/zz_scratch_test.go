package jp

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"testing"
	"time"
)

func TestScratchGimei(t *testing.T) {
	f, _ := os.Open("/work/shared/data/gimei/names.yml")
	re := regexp.MustCompile(`\['([^']*)', '([^']*)', '([^']*)', '([^']*)'\]`)
	sc := bufio.NewScanner(f)
	section := ""
	type row struct{ k, h, kk, r, sec string }
	var rows []row
	for sc.Scan() {
		l := sc.Text()
		if len(l) > 0 && l[0] != ' ' { section = l }
		if section != "first_name:" && section != "last_name:" { continue }
		if m := re.FindStringSubmatch(l); m != nil { rows = append(rows, row{m[1], m[2], m[3], m[4], section}) }
	}
	Preload()
	t0 := time.Now()
	cnt := map[string]int{}
	var miss []string
	for _, r := range rows {
		m := MatchReading(r.k, r.kk, false)
		key := r.sec + fmt.Sprint(m.OK, m.Source)
		cnt[key]++
		if !m.OK && len(miss) < 30 { miss = append(miss, r.k+"/"+r.kk) }
		m2 := MatchReading(r.k, r.r, false)
		cnt[r.sec+"romaji "+fmt.Sprint(m2.OK, m2.Source)]++
	}
	fmt.Println(len(rows), time.Since(t0))
	for k, v := range cnt { fmt.Println(k, v) }
	fmt.Println(miss)
	// negatives: kanji of row i with reading of row i+37 when readings differ
	fp := map[string]int{}
	var fps []string
	for i, r := range rows {
		o := rows[(i*7919+13)%len(rows)]
		if o.kk == r.kk { continue }
		m := MatchReading(r.k, o.kk, false)
		if m.OK { fp[fmt.Sprint(m.Source)]++; if len(fps) < 30 { fps = append(fps, r.k+"/"+o.kk+"/"+fmt.Sprint(m.Source)) } }
		fp["n"]++
	}
	fmt.Println(fp, fps)
}
