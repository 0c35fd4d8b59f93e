package coupon

import (
	"bytes"
	"image"
	_ "image/png"
	"math/rand/v2"
	"testing"

	qrcode "github.com/skip2/go-qrcode"

	"storecast/app/qr/qrtest"
)

// read returns what ZXing reads from a PNG, and the image's side.
func read(t *testing.T, png []byte) (string, int) {
	t.Helper()
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatalf("QR is not a PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != b.Dy() {
		t.Fatalf("QR is %v; want a square", b)
	}
	text, _ := qrtest.ReadImage(img)
	return text, b.Dx()
}

// The PNG the kiosk shows decodes, with a real decoder, to the exact URL,
// every module the same whole number of pixels.
func TestQRDecodesToTheURL(t *testing.T) {
	url := "https://store-042.example/c/" + codec(t, testSecret).Code(4242)
	png, err := QR(url)
	if err != nil {
		t.Fatal(err)
	}
	got, side := read(t, png)
	if got != url {
		t.Fatalf("QR says %q; want %q", got, url)
	}
	q, _ := qrcode.New(url, qrcode.Medium)
	if n := len(q.Bitmap()); side > QRSize || side%n != 0 || side/n < QRSize/n {
		t.Fatalf("QR is %d px for %d modules; want the most whole pixels a module within %d px", side, n, QRSize)
	}
}

// Some URLs make go-qrcode's Medium symbol one ZXing cannot read: a finder
// look-alike in the data hides a corner. QR draws those URLs so that
// they read.
func TestQRReadsWhereMediumAloneDoesNot(t *testing.T) {
	// A seed whose sample reaches such a URL early (the 53rd): each
	// look-alike before it takes a ZXing decode, slow under -race.
	rng := rand.New(rand.NewPCG(42, 21))
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	for n := range 3000 {
		token := make([]byte, 43)
		for i := range token {
			token[i] = alphabet[rng.IntN(len(alphabet))]
		}
		url := "https://store-042.example/signage?enrol=sce_" + string(token)
		q, err := qrcode.New(url, qrcode.Medium)
		if err != nil {
			t.Fatal(err)
		}
		bm := q.Bitmap()
		if !lookAlike(bm) {
			continue // ZXing reads these (app/qr's tests hold it to that); skip the slow decode
		}
		plain, _ := q.PNG(-3) // small, so the search decodes fast
		if got, _ := read(t, plain); got == url {
			continue
		}
		png, err := QR(url)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := read(t, png); got != url {
			t.Fatalf("QR(%q) says %q; want the URL", url, got)
		}
		t.Logf("URL %d of the sample needs another level", n+1)
		return
	}
	t.Fatal("ZXing read every Medium symbol of 3,000 URLs: the sample no longer tests anything")
}

// A URL that fits Medium but not High nor Highest still gets its code
// when Medium's symbol holds a look-alike: QR skips the levels that
// cannot hold it.
func TestQRLongURLSkipsLevelsTooSmall(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		b := make([]byte, 2000) // Medium holds 2,331 bytes; High 1,663, Highest 1,273
		for i := range b {
			b[i] = "abcdefghijklmnopqrstuvwxyz"[rng.IntN(26)]
		}
		url := "https://store-042.example/c/" + string(b)
		q, err := qrcode.New(url, qrcode.Medium)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := qrcode.New(url, qrcode.High); err == nil {
			t.Fatal("a 2,000-byte URL fits High; the test needs one that does not")
		}
		if !lookAlike(q.Bitmap()) {
			continue
		}
		png, err := QR(url)
		if err != nil {
			t.Fatalf("QR of a URL Medium holds: %v", err)
		}
		read(t, png) // a square PNG
		return
	}
	t.Fatal("no URL in the sample has a look-alike at Medium: the test no longer tests anything")
}
