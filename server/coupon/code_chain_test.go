package coupon

import (
	"errors"
	"strings"
	"testing"
)

func TestChainCodesAreTheirOwnKind(t *testing.T) {
	store := codec(t, testSecret)
	chain, err := NewChainCodec(testSecret) // even under the same secret
	if err != nil {
		t.Fatal(err)
	}
	if got, want := chain.Code(123456), "CH-003R-J0"; !strings.HasPrefix(got, want) {
		t.Errorf("chain Code(123456) = %q; want prefix %q", got, want)
	}
	if chain.Code(123456)[10:] == store.Code(123456)[10:] {
		t.Error("a chain code and a store code of one serial share their MAC")
	}
	for range 100 {
		serial := RandomSerial()
		sc, ch := store.Code(serial), chain.Code(serial)
		if _, _, err := store.Parse(ch); !errors.Is(err, ErrInvalid) {
			t.Fatalf("a store parsed the chain code %s", ch)
		}
		if _, _, err := chain.Parse(sc); !errors.Is(err, ErrInvalid) {
			t.Fatalf("head office parsed the store code %s", sc)
		}
		if got, canon, err := chain.Parse(strings.ToLower(ch)); err != nil || got != serial || canon != ch {
			t.Fatalf("chain Parse(%q) = %d, %q, %v; want %d", ch, got, canon, err, serial)
		}
		if IsChainCode(sc) || !IsChainCode(ch) || !IsChainCode(strings.ReplaceAll(strings.ToLower(ch), "-", " ")) {
			t.Fatalf("IsChainCode told %s and %s apart wrongly", sc, ch)
		}
	}
	if IsChainCode("CH-0000-0000") || IsChainCode("CH-UUUU-0000-0000") {
		t.Error("IsChainCode accepted a malformed code")
	}
}
