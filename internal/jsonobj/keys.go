package jsonobj

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// CheckKeys checks the keys of the JSON object s, a configuration, so that
// it means one thing only: each key is one of keys, written exactly (a key
// in another case is refused, since encoding/json would take it), and no
// object at any level gives a key twice (encoding/json would keep the last).
// Its errors quote keys, which in a configuration are not data; a text that
// is not a JSON object is "not a JSON object".
func CheckKeys(s string, keys []string) error {
	err := checkObject(s, keys)
	if _, ok := errors.AsType[*Error](err); ok {
		return errors.New("not a JSON object")
	}
	return err
}

// checkObject checks that the object s gives no key twice, nor do the
// objects among its values, and, when keys is not nil, that each of its own
// keys is one of keys.
func checkObject(s string, keys []string) error {
	var seen []string
	return Each(s, func(m *Member) error {
		if keys != nil && !slices.Contains(keys, m.Key) {
			if i := slices.IndexFunc(keys, func(k string) bool { return strings.EqualFold(k, m.Key) }); i >= 0 {
				return fmt.Errorf("key %q must be written %q", m.Key, keys[i])
			}
			return fmt.Errorf("unknown key %q", m.Key)
		}
		if slices.Contains(seen, m.Key) {
			return fmt.Errorf("key %q appears more than once", m.Key)
		}
		seen = append(seen, m.Key)
		if m.Kind == Object {
			if err := checkObject(m.Raw, nil); err != nil {
				return fmt.Errorf("%s: %w", m.Key, err)
			}
		}
		return nil
	})
}

// Keys returns the JSON names of the fields of the struct v (a value or a
// pointer), those of its embedded structs included, as encoding/json reads
// them: the name in the field's json tag, else the field's name; fields
// tagged "-" and unexported fields are left out.
func Keys(v any) []string {
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var keys []string
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		switch {
		case name == "-":
			continue
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			keys = append(keys, Keys(reflect.New(f.Type).Interface())...)
			continue
		case !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		keys = append(keys, name)
	}
	return keys
}
