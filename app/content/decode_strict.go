package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// decodeStrict reads exactly one JSON value into v, refusing fields v
// does not have and keys not spelled exactly as v's JSON names:
// encoding/json matches a key to a field without regard to case ("tYpe"
// fills Type, "ſhowing" Showing), which would let a screen send what the
// protocol does not document and the fuzzers' round trip never writes.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("more than one JSON value")
	}
	return exactKeys(b, reflect.TypeOf(v))
}

var rawMessage = reflect.TypeFor[json.RawMessage]()

// exactKeys checks that every key of the JSON objects in b that decode
// into a struct of t is one of that struct's JSON names, byte for byte,
// going into fields that are structs, pointers to them or slices of them.
// A json.RawMessage is left to its own decode. b has already decoded into
// t, so it is well formed and of the right shape.
func exactKeys(b []byte, t reflect.Type) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == rawMessage:
	case t.Kind() == reflect.Struct:
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(b, &obj); err != nil {
			return err
		}
		for k, v := range obj {
			f, ok := fieldNamed(t, k)
			if !ok {
				return fmt.Errorf("json: unknown field %q", k)
			}
			if err := exactKeys(v, f.Type); err != nil {
				return err
			}
		}
	case t.Kind() == reflect.Slice:
		var items []json.RawMessage
		if err := json.Unmarshal(b, &items); err != nil {
			return err
		}
		for _, item := range items {
			if err := exactKeys(item, t.Elem()); err != nil {
				return err
			}
		}
	}
	return nil
}

// fieldNamed is t's exported field whose JSON name is exactly name.
func fieldNamed(t reflect.Type, name string) (reflect.StructField, bool) {
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "-" {
			continue
		}
		if tag == "" {
			tag = f.Name
		}
		if tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
