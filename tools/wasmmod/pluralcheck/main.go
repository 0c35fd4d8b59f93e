// Command pluralcheck prints every plural message of every locale for a
// range of counts. The wasmmod test runs it against go-i18n and against
// the wasm build's copy, whose plural rules are cut down: the two must
// print the same.
package main

import (
	"fmt"

	"storecast/app/content"
	"storecast/app/i18n"
)

func main() {
	for _, l := range content.Locales {
		for _, id := range i18n.Plurals {
			for _, n := range []int{0, 1, 2, 3, 5, 11, 21, 101, 1000} {
				fmt.Printf("%s %s %d: %s\n", l, id, n, i18n.N(l, id, n))
			}
		}
	}
}
