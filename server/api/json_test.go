package api

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/rest"
)

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name, body string
		into       func() any
		field      string // the field of a 422; "" for none
		bad        bool   // a 400: not this endpoint's JSON
	}{
		{"a promotion", `{"title":{"en":"Milk"},"price":100,"groups":["a"]}`, promotion, "", false},
		{"unknown field", `{"title":{"en":"x"},"colour":"red"}`, promotion, "", true},
		{"two values", `{"price":1}{"price":2}`, promotion, "", true},
		{"syntax", `{"price":`, promotion, "", true},
		{"duplicate key", `{"price":1,"price":2}`, promotion, "price", false},
		{"duplicate key, another case", `{"title":{"en":"a"},"Title":{"en":"b"}}`, promotion, "Title", false},
		{"wrong case alone", `{"Price":1}`, promotion, "Price", false},
		{"upper case", `{"PRICE":1}`, promotion, "PRICE", false},
		{"Kelvin sign for k", `{"kind":"text","\u212aind":"clock"}`, slide, "\u212aind", false},
		{"duplicate locale", `{"title":{"en":"a","en":"b"}}`, promotion, "title.en", false},
		{"locales differing in case are two keys", `{"title":{"en":"a","EN":"b"}}`, promotion, "", false},
		{"wrong case deep", `{"name":"x","slides":[{"id":"a","Kind":"clock"}]}`, playlist, "slides[0].Kind", false},
		{"duplicate deep", `{"name":"x","slides":[{"id":"a"},{"id":"b","id":"c"}]}`, playlist, "slides[1].id", false},
		{"embedded fields", `{"token":"t","username":"ann","password":"p"}`, setup, "", false},
		{"embedded field, wrong case", `{"token":"t","Username":"ann"}`, setup, "Username", false},
		{"NUL", `{"title":{"en":"mi\u0000lk"}}`, promotion, "title.en", false},
		{"NUL in a key", `{"ti\u0000tle":{}}`, promotion, "ti\x00tle", false},
		{"invalid UTF-8", "{\"title\":{\"en\":\"mi\xfflk\"}}", promotion, "title.en", false},
		{"lone surrogate", `{"title":{"en":"\ud800"}}`, promotion, "title.en", false},
		{"U+FFFD", `{"groups":["\ufffd"]}`, promotion, "groups[0]", false},
		{"a string in an unknown field still checked", `{"x":"\u0000"}`, promotion, "x", false},
		{"nested too deep", `{"title":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, promotion, "", false},
		{"big number", `{"price":1e400}`, promotion, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := decodeJSON([]byte(tt.body), tt.into())
			var fe *content.FieldError
			isField := errors.As(err, &fe)
			switch {
			case tt.name == "nested too deep":
				if err == nil {
					t.Fatalf("decodeJSON = nil; want an error")
				}
			case tt.field != "":
				if !isField || fe.Field != tt.field {
					t.Fatalf("decodeJSON = %v; want a field error on %q", err, tt.field)
				}
			case tt.bad:
				if err == nil || isField {
					t.Fatalf("decodeJSON = %v; want a bad-JSON error", err)
				}
			case err != nil:
				t.Fatalf("decodeJSON = %v; want nil", err)
			}
		})
	}
}

func promotion() any { return new(rest.PromotionInput) }
func playlist() any  { return new(content.Playlist) }
func slide() any     { return new(content.Slide) }
func setup() any     { return new(rest.Setup) }

// What decodeJSON accepts it decodes as encoding/json does: it refuses,
// never changes.
func TestDecodeJSONChangesNothingItAccepts(t *testing.T) {
	body := `{"title":{"en":"Milk","zh-Hans":"牛奶"},"body":{"en":"1 l\nfresh"},"price":990,"was_price":1290,"valid_from":"2026-11-27T00:00:00Z","priority":3,"groups":["front","入口"]}`
	var got, want rest.PromotionInput
	if err := decodeJSON([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(body), &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decodeJSON = %+v; want %+v", got, want)
	}
}
