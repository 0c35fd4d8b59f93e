package api

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"storecast/app/content"
)

// FuzzDecodeJSON: whatever the body, decodeJSON does not panic; a refusal
// it words as a field error names a field; and what it accepts holds no
// string (value or map key) with invalid UTF-8, U+FFFD or NUL, and
// survives a round trip through encoding/json unchanged.
//
// Run by make fuzz; its seeds and the inputs it once failed on
// (testdata/fuzz) run with every go test.
func FuzzDecodeJSON(f *testing.F) {
	for _, seed := range []string{
		validBody,
		`{"title":{"en":"a"},"Title":{"en":"b"},"price":1}`,
		`{"price":1,"price":2}`,
		`{"title":{"en":"mi\u0000lk"},"price":1}`,
		"{\"title\":{\"en\":\"mi\xfflk\"},\"price\":1}",
		`{"title":{"en":"\ud800"},"price":1}`,
		`{"name":"x","slides":[{"id":"a","kind":"clock","seconds":5,"Kind":"text"}]}`,
		`{"token":"t","username":"ann","Password":"p"}`,
		`{"title":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`,
		`"\u0000"`, `[]`, `null`, `{}`,
	} {
		f.Add([]byte(seed))
	}
	targets := []func() any{promotion, playlist, setup}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, into := range targets {
			v := into()
			err := decodeJSON(body, v)
			var fe *content.FieldError
			if errors.As(err, &fe) && fe.Field == "" {
				t.Fatalf("%s: field error %q names no field", body, fe.Message)
			}
			if err != nil {
				continue
			}
			if s, ok := badString(reflect.ValueOf(v)); ok {
				t.Fatalf("%s: accepted, holding %q", body, s)
			}
			// Compared as JSON: omitempty turns an empty map into none.
			again := into()
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if err := decodeJSON(b, again); err != nil {
				t.Fatalf("%s: accepted, but not once re-encoded as %s: %v", body, b, err)
			}
			if b2, _ := json.Marshal(again); string(b2) != string(b) {
				t.Fatalf("%s: round trip %s became %s", body, b, b2)
			}
		}
	})
}

// badString finds a string in v that decodeJSON should have refused.
func badString(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) || strings.ContainsRune(s, 0) {
			return s, true
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return badString(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if s, ok := badString(v.Field(i)); ok {
					return s, true
				}
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if s, ok := badString(v.Index(i)); ok {
				return s, true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if s, ok := badString(it.Key()); ok {
				return s, true
			}
			if s, ok := badString(it.Value()); ok {
				return s, true
			}
		}
	}
	return "", false
}
