package points

import (
	"errors"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) // the start of a step

// Known answers, so a change to how ids or codes are made (which would
// orphan every member or void every code) cannot pass unnoticed.
func TestKnownAnswers(t *testing.T) {
	k, err := newKeys(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	id := k.phoneID("+8613800138000")
	if want := "b47acc708bf6e04d465b1ebff23721ec"; id != want {
		t.Errorf("phoneID = %s; want %s", id, want)
	}
	c, err := k.code(id, t0)
	if err != nil {
		t.Fatal(err)
	}
	if want := "PTGYPEWCDZ65HGE4XADH55NUDDNMMJ4EBLW53J6WY"; c != want {
		t.Errorf("code = %s; want %s", c, want)
	}
}

// A code is accepted in its step and the next, and not after: a
// screenshot is worth a minute at most. Codes of one member in two steps
// share nothing.
func TestMemberCodeSteps(t *testing.T) {
	k, _ := newKeys(testSecret)
	id := k.phoneID("+8613800138000")
	c, _ := k.code(id, t0.Add(29*time.Second))
	for _, tc := range []struct {
		at   time.Duration
		want error
	}{
		{0, nil}, {29 * time.Second, nil}, {30 * time.Second, nil}, {59 * time.Second, nil},
		{60 * time.Second, ErrBadCode}, {-time.Second, ErrBadCode}, {time.Hour, ErrBadCode},
	} {
		got, err := k.resolve(c, t0.Add(tc.at))
		if !errors.Is(err, tc.want) || (err == nil && got != id) {
			t.Errorf("resolve at +%v = %q, %v; want %v", tc.at, got, err, tc.want)
		}
	}
	next, _ := k.code(id, t0.Add(30*time.Second))
	if next[:10] == c[:10] || next[len(next)-10:] == c[len(c)-10:] {
		t.Errorf("codes %s and %s of one member look alike", c, next)
	}
	for i := len(codePrefix); i < len(c); i++ {
		b := []byte(c)
		b[i] = "AB"[b[i]%2]
		if string(b) == c {
			continue
		}
		if _, err := k.resolve(string(b), t0); err == nil {
			t.Errorf("code altered at %d still resolves", i)
		}
	}
	if _, err := k.resolve("pt"+c[2:], t0); err != nil {
		t.Errorf("lower-case code: %v; want it read", err)
	}
}

func FuzzResolve(f *testing.F) {
	k, _ := newKeys(testSecret)
	c, _ := k.code(k.phoneID("+8613800138000"), t0)
	f.Add(c)
	f.Add("PT")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := k.resolve(s, t0)
		if err != nil {
			return
		}
		if again, _ := k.code(id, t0); len(again) != len(c) {
			t.Fatalf("resolve(%q) = %q: not an id", s, id)
		}
	})
}

func TestNormalisePhone(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"13800138000", "+8613800138000"},
		{" 138 0013 8000 ", "+8613800138000"},
		{"+86 138-0013-8000", "+8613800138000"},
		{"008613800138000", "+8613800138000"},
		{"+44 (7700) 900.123", "+447700900123"},
		{"+852 9123 4567", "+85291234567"},
		{"23800138000", ""},     // not a mobile, no country code
		{"+86 2345678", ""},     // mainland but not a mobile
		{"1380013800", ""},      // 10 digits
		{"+0 12345678", ""},     // no country 0
		{"138001380000000", ""}, // too long without +
		{"13800１38000", ""},     // a full-width digit
		{"+8613800138000x", ""},
		{"", ""},
	} {
		got, err := NormalisePhone(tc.in)
		if got != tc.want || (tc.want == "") != errors.Is(err, ErrBadPhone) {
			t.Errorf("NormalisePhone(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// A normalised number normalises to itself, and is + and 8 to 15 digits.
func FuzzNormalisePhone(f *testing.F) {
	for _, s := range []string{"13800138000", "+86 138-0013-8000", "008613800138000", "+44 (7700) 900.123", "+", "00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := NormalisePhone(s)
		if err != nil {
			return
		}
		if again, err := NormalisePhone(got); err != nil || again != got {
			t.Fatalf("NormalisePhone(%q) = %q, which normalises to %q, %v", s, got, again, err)
		}
		if len(got) < 9 || len(got) > 16 || got[0] != '+' {
			t.Fatalf("NormalisePhone(%q) = %q: not E.164", s, got)
		}
	})
}
