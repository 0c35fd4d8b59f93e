package qr_test

import (
	"math/rand/v2"
	"testing"

	"storecast/app/qr"
	"storecast/app/qr/qrtest"
)

// Some claim URLs give mask 0 a finder look-alike that ZXing cannot read
// past; Encode draws those with another mask, and they read.
func TestEncodeAvoidsFinderLookAlikes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		ref := make([]byte, 32)
		for i := range ref {
			ref[i] = "0123456789abcdef"[rng.IntN(16)]
		}
		url := "https://store-042.example.com/claim/" + string(ref) + "?lang=zh-Hant"
		mask0 := encode(t, url, 0)
		if !qr.FalseFinder(mask0.Size, mask0.Black) || qrtest.Read(mask0.Size, mask0.Black, 3) == url {
			continue // ZXing reads unflagged symbols (TestFalseFinderCoversZXingMisses); skip the slow decode
		}
		c, err := qr.Encode(url)
		if err != nil {
			t.Fatal(err)
		}
		if got := qrtest.Read(c.Size, c.Black, 6); got != url {
			t.Fatalf("Encode(%q) says %q; want the URL", url, got)
		}
		return
	}
	t.Fatal("ZXing read mask 0 of 3,000 URLs: the sample no longer tests anything")
}
