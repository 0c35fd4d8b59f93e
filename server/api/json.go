package api

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"storecast/app/content"
)

// maxJSONBytes caps a request body; a promotion is a few kilobytes.
const maxJSONBytes = 64 << 10

// maxJSONDepth bounds how deeply a body nests; ours nest three levels.
const maxJSONDepth = 32

// readJSON reads r's body into v by decodeJSON's rules, answering the
// client itself when it cannot: 400 bad_json for a body that is not this
// endpoint's JSON, 422 invalid naming the field for one that breaks a
// rule every body keeps. It reports whether v holds the body.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	return readJSONLimit(w, r, v, maxJSONBytes)
}

// readJSONLimit is readJSON with another size limit.
func readJSONLimit(w http.ResponseWriter, r *http.Request, v any, limit int64) bool {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusBadRequest, "bad_json", fmt.Sprintf("the request body is over the %d byte limit", limit))
			return false
		}
		writeError(w, http.StatusBadRequest, "bad_json", "reading the request body: "+err.Error())
		return false
	}
	err = decodeJSON(body, v)
	var fe *content.FieldError
	switch {
	case errors.As(err, &fe):
		writeFieldError(w, fe.Field, fe.Message)
		return false
	case err != nil:
		writeError(w, http.StatusBadRequest, "bad_json", err.Error())
		return false
	}
	return true
}

// decodeJSON decodes exactly one JSON value of body into v, with no
// unknown fields, so a typo in a field name is an error and not a silent
// default. Before it, checkJSON refuses (as a *content.FieldError) what
// encoding/json would take silently: a key given twice, or in another
// case than the field's (it takes the last, matching case-insensitively,
// so {"title":…,"Title":…} would keep the one a reviewer did not read),
// and strings with a NUL or U+FFFD (what invalid UTF-8 and lone
// surrogates become, rewritten without a word).
func decodeJSON(body []byte, v any) error {
	if err := checkJSON(body, reflect.TypeOf(v)); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("the body is not valid JSON for this endpoint: %v", err)
	}
	if dec.More() {
		return errors.New("the body holds more than one JSON value")
	}
	return nil
}

// checkJSON walks body's tokens alongside t, the type it decodes into.
// Syntax errors are left to the decoder, which says them better.
func checkJSON(body []byte, t reflect.Type) error {
	c := jsonChecker{dec: json.NewDecoder(bytes.NewReader(body))}
	c.dec.UseNumber() // any number is a token: the decoder judges its range
	err := c.value(t, "", 0)
	var fe *content.FieldError
	if errors.As(err, &fe) {
		return err
	}
	return nil
}

type jsonChecker struct{ dec *json.Decoder }

// errSyntax stops the walk: the decoder will say what is wrong.
var errSyntax = errors.New("syntax")

func (c *jsonChecker) value(t reflect.Type, path string, depth int) error {
	if depth > maxJSONDepth {
		return &content.FieldError{Field: path, Message: fmt.Sprintf("nests deeper than %d levels", maxJSONDepth)}
	}
	tok, err := c.dec.Token()
	if err != nil {
		return errSyntax
	}
	switch tok := tok.(type) {
	case json.Delim:
		switch tok {
		case '{':
			return c.object(t, path, depth)
		case '[':
			return c.array(t, path, depth)
		}
		return errSyntax
	case string:
		if path == "" {
			return nil // a bare string is no endpoint's body: the decoder says so
		}
		return checkJSONString(path, tok)
	}
	return nil
}

func (c *jsonChecker) object(t reflect.Type, path string, depth int) error {
	t = concrete(t)
	var fields map[string]jsonField
	if t != nil && t.Kind() == reflect.Struct {
		fields = fieldsOf(t)
	}
	seen := map[string]string{} // folded key (a map's: the key) → the key as sent
	for c.dec.More() {
		tok, err := c.dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			return errSyntax
		}
		at := joinPath(path, key)
		if err := checkJSONString(at, key); err != nil {
			return err
		}
		folded := foldKey(key)
		if t != nil && t.Kind() == reflect.Map {
			folded = key // a map's keys are data: "en" and "EN" are two
		}
		if first, dup := seen[folded]; dup {
			if first == key {
				return &content.FieldError{Field: at, Message: "is given twice"}
			}
			return &content.FieldError{Field: at, Message: fmt.Sprintf("is given twice, as %q and %q", first, key)}
		}
		seen[folded] = key
		var elem reflect.Type
		switch {
		case fields != nil:
			f, ok := fields[foldKey(key)]
			if ok && f.name != key {
				return &content.FieldError{Field: at, Message: fmt.Sprintf("is spelt %q", f.name)}
			}
			elem = f.typ // unknown keys are the decoder's to refuse
		case t != nil && t.Kind() == reflect.Map:
			elem = t.Elem()
		}
		if err := c.value(elem, at, depth+1); err != nil {
			return err
		}
	}
	if _, err := c.dec.Token(); err != nil { // '}'
		return errSyntax
	}
	return nil
}

func (c *jsonChecker) array(t reflect.Type, path string, depth int) error {
	t = concrete(t)
	var elem reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		elem = t.Elem()
	}
	for i := 0; c.dec.More(); i++ {
		if err := c.value(elem, fmt.Sprintf("%s[%d]", path, i), depth+1); err != nil {
			return err
		}
	}
	if _, err := c.dec.Token(); err != nil { // ']'
		return errSyntax
	}
	return nil
}

// checkJSONString refuses what the decoder would store without a word.
func checkJSONString(path, s string) error {
	switch {
	case strings.ContainsRune(s, utf8.RuneError):
		return &content.FieldError{Field: path, Message: "is not valid UTF-8 (or holds U+FFFD, or a lone surrogate escape)"}
	case strings.ContainsRune(s, 0):
		return &content.FieldError{Field: path, Message: "holds a NUL character"}
	}
	return nil
}

// joinPath names a key's field as errors do ("slides[2].media"); an
// empty key is "" so the field is never empty.
func joinPath(path, key string) string {
	if key == "" {
		key = `""`
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// concrete is t without pointers, or nil where the walk stops checking
// keys: no type (an unknown field, any), or a type that decodes itself.
func concrete(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() == reflect.Interface {
		return nil
	}
	p := reflect.PointerTo(t)
	if p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler) {
		return nil
	}
	return t
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// jsonField is a struct field as JSON names it.
type jsonField struct {
	name string
	typ  reflect.Type
}

var fieldCache sync.Map // reflect.Type → map[string]jsonField, by folded name

// fieldsOf lists t's JSON fields by folded name, as encoding/json sees
// them: tagged names, untagged exported fields by their Go name, and the
// fields of untagged embedded structs as if they were t's own.
func fieldsOf(t reflect.Type) map[string]jsonField {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]jsonField)
	}
	m := map[string]jsonField{}
	addFields(m, t, 0)
	fieldCache.Store(t, m)
	return m
}

func addFields(m map[string]jsonField, t reflect.Type, depth int) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && depth < 8 {
				addFields(m, ft, depth+1)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, taken := m[foldKey(name)]; !taken || depth == 0 {
			m[foldKey(name)] = jsonField{name: name, typ: ft}
		}
	}
}

// foldKey maps keys that encoding/json takes for one another (equal under
// Unicode simple case folding) to one string.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}
