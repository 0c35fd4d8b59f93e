package content

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// fieldOf is the field a validation error names, or "" for none.
func fieldOf(err error) string {
	var fe *FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

func TestCheckString(t *testing.T) {
	tests := []struct {
		name, s  string
		required bool
		want     string // a word of the message; "" for no error
	}{
		{"text", "Fresh milk", true, ""},
		{"Chinese", "新鲜牛奶", true, ""},
		{"lines and tabs", "a\tb\r\nc", true, ""},
		{"an emoji with joiners", "👩\u200d💻", true, ""},
		{"a zero-width space inside text", "milk\u200b", true, ""},
		{"empty, optional", "", false, ""},
		{"empty, required", "", true, "blank"},
		{"spaces", "   ", false, "blank"},
		{"ideographic space", "\u3000", true, "blank"},
		{"zero-width space", "\u200b", true, "blank"},
		{"zero-width joiners and a BOM", "\u200c\u200d\ufeff", false, "blank"},
		{"Hangul filler", "\u3164", true, "blank"},
		{"braille blank", "\u2800", true, "blank"},
		{"no-break spaces", "\u00a0\u202f", true, "blank"},
		{"invalid UTF-8", "milk\xff", false, "UTF-8"},
		{"U+FFFD", "milk\ufffd", false, "UTF-8"},
		{"NUL", "milk\x00", false, "control"},
		{"bell", "milk\a", false, "control"},
		{"escape", "\x1b[31mred", false, "control"},
		{"DEL", "milk\x7f", false, "control"},
		{"C1 control", "milk\u0085", false, "control"},
		{"at the limit", strings.Repeat("牛", 10), true, ""},
		{"over the limit", strings.Repeat("牛", 11), true, "limit"},
	}
	for _, tt := range tests {
		err := CheckString("f", tt.s, 10, tt.required)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: CheckString(%q) = %v; want nil", tt.name, tt.s, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || fieldOf(err) != "f"):
			t.Errorf("%s: CheckString(%q) = %v; want an error on f saying %q", tt.name, tt.s, err, tt.want)
		}
	}
}

func TestValidText(t *testing.T) {
	tests := []struct {
		name     string
		text     Text
		required bool
		field    string // "" for no error
	}{
		{"one locale", Text{"en": "Milk"}, true, ""},
		{"a blank one left out", Text{"en": "Milk", "zh-Hans": ""}, true, ""},
		{"none, optional", Text{}, false, ""},
		{"none, required", Text{}, true, "title"},
		{"only blanks, required", Text{"en": " ", "zh-Hans": "\u200b"}, true, "title"},
		{"a blank one beside text", Text{"en": "Milk", "zh-Hans": "\u200b"}, true, "title.zh-Hans"},
		{"a blank one, optional", Text{"en": "\u3000"}, false, "title.en"},
		{"unknown locale", Text{"fr": "Lait"}, true, "title"},
		{"NUL", Text{"en": "Mi\x00lk"}, true, "title.en"},
		{"too long", Text{"en": strings.Repeat("x", MaxTitleRunes+1)}, true, "title.en"},
	}
	for _, tt := range tests {
		err := validText("title", tt.text, MaxTitleRunes, tt.required)
		if got := fieldOf(err); got != tt.field || (tt.field == "") != (err == nil) {
			t.Errorf("%s: validText(%q) = %v; want an error on %q", tt.name, tt.text, err, tt.field)
		}
	}
}

func TestValidGroups(t *testing.T) {
	many := make([]string, MaxGroups+1)
	for i := range many {
		many[i] = strings.Repeat("g", i+1)
	}
	tests := []struct {
		name   string
		groups []string
		want   string // a word of the message; "" for no error
	}{
		{"none", nil, ""},
		{"some", []string{"front", "入口", "aisle 4"}, ""},
		{"too many", many, "at most"},
		{"blank", []string{"front", " "}, "blank"},
		{"zero-width", []string{"\u200b"}, "blank"},
		{"too long", []string{strings.Repeat("g", MaxGroupRunes+1)}, "1 to"},
		{"a control character", []string{"fr\x00ont"}, "control"},
		{"spaces at an end", []string{" front"}, "white space"},
		{"twice", []string{"front", "back", "front"}, "twice"},
	}
	for _, tt := range tests {
		err := ValidGroups("groups", tt.groups)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: ValidGroups(%q) = %v; want nil", tt.name, tt.groups, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || fieldOf(err) != "groups"):
			t.Errorf("%s: ValidGroups(%q) = %v; want an error on groups saying %q", tt.name, tt.groups, err, tt.want)
		}
	}
}

func TestDatesAreInASaneWindow(t *testing.T) {
	at := func(y int) *time.Time {
		t := time.Date(y, 6, 1, 12, 0, 0, 0, time.UTC)
		return &t
	}
	for _, tt := range []struct {
		year int
		ok   bool
	}{{0, false}, {1999, false}, {2000, true}, {2026, true}, {2099, true}, {2100, false}, {9999, false}} {
		if err := CheckTime("at", *at(tt.year)); (err == nil) != tt.ok {
			t.Errorf("CheckTime(year %d) = %v; want ok %v", tt.year, err, tt.ok)
		}
		p := Promotion{Title: Text{"en": "x"}, ValidFrom: at(tt.year)}
		if err := p.Validate(); (err == nil) != tt.ok || (!tt.ok && fieldOf(err) != "valid_from") {
			t.Errorf("promotion valid from year %d: %v; want ok %v", tt.year, err, tt.ok)
		}
		c := Campaign{Title: Text{"en": "x"}, Quantity: 1, PerDevice: 1, WindowMinutes: 1, CouponMinutes: 1, Status: CampaignDraft, ValidTo: at(tt.year)}
		if err := c.Validate(); (err == nil) != tt.ok || (!tt.ok && fieldOf(err) != "valid_to") {
			t.Errorf("campaign valid to year %d: %v; want ok %v", tt.year, err, tt.ok)
		}
		e := StoreEvent{Title: Text{"en": "x"}, StartsAt: *at(tt.year), EndsAt: at(tt.year).Add(time.Hour)}
		if err := e.Validate(); (err == nil) != tt.ok || (!tt.ok && fieldOf(err) != "starts_at") {
			t.Errorf("event in year %d: %v; want ok %v", tt.year, err, tt.ok)
		}
		s := Schedule{Playlist: "p", Start: "09:00", End: "10:00", FromDate: at(tt.year).Format(time.DateOnly)}
		if err := s.Validate(); (err == nil) != tt.ok || (!tt.ok && fieldOf(err) != "from_date") {
			t.Errorf("schedule from year %d: %v; want ok %v", tt.year, err, tt.ok)
		}
	}
}
