package content

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

var envelopeSeeds = []string{
	`{"type":"hello","data":{"kind":"kiosk"}}`,
	`{"type":"hello","data":{"kind":"signage","app":"1.2.3","epoch":"0123456789abcdef","seq":42,"token":"t"}}`,
	`{"type":"hello","data":{"kind":"toaster"}}`,
	`{"type":"hello","data":null}`,
	`{"type":"hello"}`,
	`{"type":"hello","data":{"kind":"kiosk","seq":-1}}`,
	`{"type":"hello","data":{"kind":"kiosk","seq":18446744073709551616}}`,
	`{"type":"hello","data":{"kind":"kiosk","epoch":"` + strings.Repeat("e", 65) + `"}}`,
	`{"type":"event","stream":"store","epoch":"e","seq":1,"data":{"op":"promotion.delete","id":"p1"}}`,
	`{"type":"snapshot","seq":0,"data":{"promotions":[]}}`,
	`{"type":"HELLO","data":{"kind":"kiosk"}}`,
	`{"type":"hello","type":"event"}`,
	`{"type":"hello","data":{"kind":"kiosk"}} trailing`,
	`[]`, `null`, `""`, `{`, ``,
}

func FuzzDecodeEnvelope(f *testing.F) {
	for _, s := range envelopeSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := DecodeEnvelope(b)
		if err != nil {
			if !errors.Is(err, ErrBadEnvelope) {
				t.Fatalf("DecodeEnvelope error %v does not wrap ErrBadEnvelope", err)
			}
			return
		}
		switch e.Type {
		case TypeHello, TypeSnapshot, TypeEvent:
		default:
			t.Fatalf("accepted unknown type %q", e.Type)
		}
		// What we accept we can send back and read again.
		again, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("Marshal(accepted %q): %v", b, err)
		}
		if e2, err := DecodeEnvelope(again); err != nil || e2.Type != e.Type || e2.Seq != e.Seq {
			t.Fatalf("round trip of %q = %+v, %v; want %+v", b, e2, err, e)
		}
	})
}

func FuzzDecodeHello(f *testing.F) {
	for _, s := range envelopeSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := DecodeHello(b)
		if err != nil {
			if !errors.Is(err, ErrBadEnvelope) {
				t.Fatalf("DecodeHello error %v does not wrap ErrBadEnvelope", err)
			}
			return
		}
		if h.Kind != KindKiosk && h.Kind != KindSignage {
			t.Fatalf("accepted hello with kind %q", h.Kind)
		}
		if len(h.Epoch) > 64 || len(h.App) > 128 || len(h.Token) > 256 {
			t.Fatalf("accepted hello with an over-long field: %d/%d/%d bytes", len(h.Epoch), len(h.App), len(h.Token))
		}
	})
}
