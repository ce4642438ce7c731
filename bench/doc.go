// Package bench holds the benchmarks of the whole engine and, in time, its
// accuracy reports on labelled data. It has no library code; run it with
//
//	go test ./bench -run '^$' -bench . -benchmem -count 10 | tee new.txt
//	benchstat old.txt new.txt
//
// The figures measured so far, and how, are in bench/README.md.
package bench
