package content

import (
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var statusSeeds = []string{
	`{"type":"status","data":{"showing":"slide:9f2c/intro","mode":"large.voice","locale":"en"}}`,
	`{"type":"status","data":{"showing":"menu","mode":"large.contrast.voice.elder","locale":"zh-Hant"}}`,
	`{"type":"status","data":{"showing":"override:eceecff4d14421ecac9cb895bbceb92d","locale":"zh-Hans"}}`,
	`{"type":"status","data":{"showing":"pairing"}}`,
	`{"type":"status","data":{"showing":"menu","mode":"voice","locale":"zh-Hans","voice":"none"}}`,
	`{"type":"status","data":{"showing":"price","mode":"voice.elder","locale":"en","voice":"good"}}`,
	`{"type":"status","data":{"mode":"voice","voice":"unchecked"}}`,
	`{"type":"status","data":{"voice":"espeak-ng"}}`,
	`{"type":"status","data":{"voice":"GOOD"}}`,
	`{"type":"status","data":{"voice":"good\u0000"}}`,
	`{"type":"status","data":{}}`,
	`{"type":"hello","data":{"kind":"kiosk"}}`,
	`{"type":"status","data":{"showing":"menu","battery":97}}`,
	`{"type":"status","data":{"showing":"menu"},"extra":1}`,
	`{"type":"status","seq":7,"data":{"showing":"menu"}}`,
	`{"type":"status"}`,
	`{"type":"status","data":{}} {}`,
	`{"type":"status","data":{"locale":"xx"}}`,
	`{"type":"status","data":{"showing":"promotion:<img src=x onerror=alert(1)>"}}`,
	`{"type":"status","data":{"showing":"menu\u0007"}}`,
	`{"type":"status","data":{"showing":"promotion:` + strings.Repeat("a", 65) + `"}}`,
	`{"type":"status","data":{"mode":"voice.large"}}`,
	`{"type":"status","data":{"mode":"large."}}`,
	`{"type":"status","data":{"showing":"slide:/"}}`,
	`{"type":"status","data":{"locale":1e309}}`,
	`{"type":"status","data":null}`,
	`{"type":"status","data":{"showing":"menu","health":{"uptime_s":86400,"js_heap":52428800,"go_heap":8388608,"go_sys":33554432,"app":"v1.4.0-3-gabc","display":"1920x1080","power":"on","errors":["media: /media/a.mp4: decode failed"]}}}`,
	`{"type":"status","data":{"health":{"uptime_s":0,"power":"dark"}}}`,
	`{"type":"status","data":{"health":{"uptime_s":-1}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"display":"0x0"}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"app":"<b>"}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"power":"off"}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"errors":["a","b","c","d","e","f"]}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"errors":[""]}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"errors":["bad\nline"]}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"js_heap":1.5}}}`,
	`{"type":"status","data":{"health":{"uptime_s":1,"cpu":3}}}`,
	`{"type":"status","data":{"health":null}}`,
	`{"tYpe":"status","data":{"showing":"menu"}}`,
	`{"type":"status","data":{"Showing":"menu","locale":"en"}}`,
	`{"type":"status","data":{"health":{"Uptime_S":1}}}`,
	`[]`, `null`, `{`, ``,
}

// What the fleet view may be told, written out again independently of
// Validate so the fuzzer checks the rules and not the code.
var (
	statusRef       = `[A-Za-z0-9._-]{1,64}`
	statusShowing   = regexp.MustCompile(`^(|attract|menu|offers|offer|coupons|coupon|price|events|help|pairing|(promotion|override):` + statusRef + `|slide:` + statusRef + `/` + statusRef + `)$`)
	statusMode      = regexp.MustCompile(`^(large(\.contrast)?(\.voice)?(\.elder)?|contrast(\.voice)?(\.elder)?|voice(\.elder)?|elder)?$`)
	statusLocale    = regexp.MustCompile(`^(|zh-Hans|zh-Hant|en)$`)
	statusVoice     = regexp.MustCompile(`^(|good|unchecked|none)$`)
	fuzzHealthApp   = regexp.MustCompile(`^[A-Za-z0-9._+-]{0,64}$`)
	fuzzHealthDisp  = regexp.MustCompile(`^([1-9][0-9]{0,4}x[1-9][0-9]{0,4})?$`)
	fuzzHealthPower = regexp.MustCompile(`^(|on|dark)$`)
)

// checkHealth holds a health report to the bounds docs/protocol.md states.
func checkHealth(t *testing.T, h *Health) {
	t.Helper()
	for _, n := range []int64{h.Uptime, h.JSHeap, h.GoHeap, h.GoSys} {
		if n < 0 || n > 1<<40 {
			t.Fatalf("accepted health %+v: a number out of range", h)
		}
	}
	if !fuzzHealthApp.MatchString(h.App) || !fuzzHealthDisp.MatchString(h.Display) || !fuzzHealthPower.MatchString(h.Power) || len(h.Errors) > 5 {
		t.Fatalf("accepted health %+v: a value docs/protocol.md does not allow", h)
	}
	for _, e := range h.Errors {
		if e == "" || len(e) > MaxStatusField || !utf8.ValidString(e) || strings.IndexFunc(e, unicode.IsControl) >= 0 {
			t.Fatalf("accepted health error %q", e)
		}
	}
}

// FuzzDecodeStatus checks that every status DecodeStatus accepts obeys the
// rules docs/protocol.md and docs/api.md state, that every refusal wraps
// ErrBadEnvelope, and that what it accepts survives a round trip.
func FuzzDecodeStatus(f *testing.F) {
	for _, s := range statusSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := DecodeStatus(b)
		if err != nil {
			if !errors.Is(err, ErrBadEnvelope) {
				t.Fatalf("DecodeStatus error %v does not wrap ErrBadEnvelope", err)
			}
			return
		}
		for _, v := range []string{st.Showing, st.Mode, st.Locale, st.Voice} {
			if len(v) > MaxStatusField || !utf8.ValidString(v) || strings.IndexFunc(v, unicode.IsControl) >= 0 {
				t.Fatalf("accepted %q: a field over %d bytes, not UTF-8 or with a control character", v, MaxStatusField)
			}
		}
		if !statusShowing.MatchString(st.Showing) || !statusMode.MatchString(st.Mode) || !statusLocale.MatchString(st.Locale) || !statusVoice.MatchString(st.Voice) {
			t.Fatalf("accepted %+v from %q: a value the fleet view does not list", st, b)
		}
		if st.Health != nil {
			checkHealth(t, st.Health)
		}
		again, err := json.Marshal(NewEnvelope(TypeStatus, st))
		if err != nil {
			t.Fatal(err)
		}
		if st2, err := DecodeStatus(again); err != nil || !reflect.DeepEqual(st2, st) {
			t.Fatalf("round trip of %+v = %+v, %v", st, st2, err)
		}
	})
}
