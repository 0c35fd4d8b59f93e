package coupon

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var testSecret = []byte("0123456789abcdef0123456789abcdef")

func codec(t testing.TB, secret []byte) *Codec {
	t.Helper()
	c, err := NewCodec(secret)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Known answers: a change to the code format or the MAC breaks every code
// already printed, so it must show up here.
func TestKnownCodes(t *testing.T) {
	c := codec(t, testSecret)
	for serial, want := range map[uint32]string{0: c.Code(0), 1: c.Code(1), MaxSerial: c.Code(MaxSerial)} {
		if got := c.Code(serial); got != want || !strings.HasPrefix(got, "SC-") || len(got) != 17 {
			t.Fatalf("Code(%d) = %q", serial, got)
		}
	}
	if got, want := c.Code(123456), "SC-003R-J066-N6R3"; got != want {
		t.Errorf("Code(123456) = %q; want %q (the known answer for the test secret)", got, want)
	}
}

func TestRoundTripAndTolerance(t *testing.T) {
	c := codec(t, testSecret)
	for range 200 {
		serial := RandomSerial()
		code := c.Code(serial)
		raw := strings.ReplaceAll(code, "-", "")
		for _, typed := range []string{
			code, strings.ToLower(code), raw, raw[2:], " " + code + " ",
			strings.NewReplacer("0", "O", "1", "I").Replace(code),
			strings.NewReplacer("1", "l").Replace(strings.ToLower(code)),
		} {
			got, canon, err := c.Parse(typed)
			if err != nil || got != serial || canon != code {
				t.Fatalf("Parse(%q) = %d, %q, %v; want %d, %q", typed, got, canon, err, serial, code)
			}
		}
	}
}

func TestEverySingleCharacterAlterationIsRejected(t *testing.T) {
	c := codec(t, testSecret)
	code := c.Code(987654)
	raw := strings.ReplaceAll(code, "-", "")[2:]
	for i := range raw {
		for _, r := range alphabet {
			if byte(r) == raw[i] {
				continue
			}
			altered := raw[:i] + string(r) + raw[i+1:]
			if _, _, err := c.Parse(altered); !errors.Is(err, ErrInvalid) {
				t.Fatalf("Parse(%q), one character off %q, = %v; want ErrInvalid", altered, raw, err)
			}
		}
	}
}

func TestAnotherStoresCodeIsRejected(t *testing.T) {
	mine, theirs := codec(t, testSecret), codec(t, []byte("another store's secret, 32 bytes!!"))
	for range 100 {
		code := theirs.Code(RandomSerial())
		if _, _, err := mine.Parse(code); !errors.Is(err, ErrInvalid) {
			t.Fatalf("a code from another store's secret parsed: %s", code)
		}
	}
}

func TestGarbageIsRejected(t *testing.T) {
	c := codec(t, testSecret)
	for _, s := range []string{"", "SC", "SC-0000-0000-000", "SC-0000-0000-00000", "SC-ÀÀÀÀ-0000-0000", "SC-UUUU-0000-0000", strings.Repeat("9", 1000)} {
		if _, _, err := c.Parse(s); !errors.Is(err, ErrInvalid) {
			t.Errorf("Parse(%q) = %v; want ErrInvalid", s, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	c := codec(f, testSecret)
	f.Add(c.Code(1))
	f.Add("sc-0000-0000-0000")
	f.Add("SCOOOOIIIILLLL")
	f.Fuzz(func(t *testing.T, s string) {
		serial, canon, err := c.Parse(s)
		if err != nil {
			return
		}
		if serial > MaxSerial || c.Code(serial) != canon {
			t.Fatalf("Parse(%q) = %d, %q: not a code this codec makes", s, serial, canon)
		}
		if again, _, err := c.Parse(canon); err != nil || again != serial {
			t.Fatalf("canonical %q does not parse back", canon)
		}
	})
}

func TestSecretCreatedOnceWithMode0600(t *testing.T) {
	dir := t.TempDir()
	a, err := LoadSecret(dir)
	if err != nil || len(a) != 32 {
		t.Fatalf("LoadSecret = %d bytes, %v", len(a), err)
	}
	fi, _ := os.Stat(filepath.Join(dir, SecretFile))
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode = %v; want 0600", fi.Mode().Perm())
	}
	b, _ := LoadSecret(dir)
	if !bytes.Equal(a, b) {
		t.Fatal("second start made a new secret; issued codes would all be void")
	}
}

func BenchmarkQR(b *testing.B) {
	url := "https://store-042.example/c/SC-003R-J0DD-2N81"
	var size int
	for b.Loop() {
		png, err := QR(url)
		if err != nil {
			b.Fatal(err)
		}
		size = len(png)
	}
	b.ReportMetric(float64(size), "png-bytes")
}
