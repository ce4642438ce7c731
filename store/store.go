// Package store holds subscriber stores (camara.Store) that need no
// database: [Memory], filled from JSON Lines ([ReadJSONL]) or from the
// embedded demonstration data set ([Demo]). Package store/postgres reads
// them from PostgreSQL.
package store

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"io"

	"github.com/kycmatch/kycmatch/camara"
)

// Memory is a camara.Store in memory, keyed by E.164 number. It is
// immutable once built and safe for concurrent use.
type Memory struct {
	subs map[string]camara.Subscriber
}

// NewMemory returns a store of the given subscribers, each with its
// PhoneNumber; a subscriber without one, or two with the same number, is
// refused.
func NewMemory(subs ...camara.Subscriber) (*Memory, error) {
	m := &Memory{subs: make(map[string]camara.Subscriber, len(subs))}
	for i, s := range subs {
		if err := m.add(s); err != nil {
			return nil, fmt.Errorf("store: subscriber %d (counting from 1): %w", i+1, err)
		}
	}
	return m, nil
}

func (m *Memory) add(s camara.Subscriber) error {
	switch _, dup := m.subs[s.PhoneNumber]; {
	case s.PhoneNumber == "":
		return fmt.Errorf("no phoneNumber")
	case dup:
		return fmt.Errorf("a phoneNumber held twice")
	}
	m.subs[s.PhoneNumber] = s
	return nil
}

// MaxLineBytes bounds a line of a JSONL file.
const MaxLineBytes = 1 << 20

// ReadJSONL reads a store from JSON Lines: one subscriber record
// (camara.DecodeSubscriber) per line, each with its phoneNumber; blank
// lines are skipped. Its errors give the line number, never a value.
func ReadJSONL(r io.Reader) (*Memory, error) {
	m := &Memory{subs: map[string]camara.Subscriber{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		s, err := camara.DecodeSubscriber(line)
		if err == nil {
			err = m.add(s)
		}
		if err != nil {
			return nil, fmt.Errorf("store: line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return m, nil
}

// Lookup implements camara.Store.
func (m *Memory) Lookup(_ context.Context, phone string) (camara.Subscriber, error) {
	s, ok := m.subs[phone]
	if !ok {
		return camara.Subscriber{}, camara.CodeIdentifierNotFound
	}
	return s, nil
}

// Len returns the number of subscribers.
func (m *Memory) Len() int { return len(m.subs) }

//go:embed demo.jsonl
var demo []byte

// Demo returns the demonstration data set (README.md, "The demo data"):
// the specification's persona and a few synthetic subscribers of Spain,
// the Netherlands and Japan. None of them is a real person.
func Demo() *Memory {
	m, err := ReadJSONL(bytes.NewReader(demo))
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return m
}

// DemoJSONL returns the demonstration data set's JSON Lines.
func DemoJSONL() []byte { return bytes.Clone(demo) }
