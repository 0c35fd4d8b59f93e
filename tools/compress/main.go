// Command compress writes FILE.br (brotli, quality 11) and FILE.gz (gzip,
// best) next to each FILE given, so the server can send the wasm, style
// sheets and scripts precompressed. Pure Go: a fresh machine needs nothing but Go.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: compress FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := compress(name); err != nil {
			fmt.Fprintln(os.Stderr, "compress:", err)
			os.Exit(1)
		}
	}
}

func compress(name string) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var br, gz bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	if _, err := bw.Write(raw); err != nil {
		return err
	}
	if err := bw.Close(); err != nil {
		return err
	}
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := gw.Write(raw); err != nil {
		return err
	}
	if err := gw.Close(); err != nil {
		return err
	}
	// Written under temporary names and renamed, so a server embedding the
	// directory never sees half a file.
	for ext, b := range map[string][]byte{".br": br.Bytes(), ".gz": gz.Bytes()} {
		if err := os.WriteFile(name+ext+".tmp", b, 0o644); err != nil {
			return err
		}
		if err := os.Rename(name+ext+".tmp", name+ext); err != nil {
			return err
		}
	}
	// Last, the digest of the raw file they were made from: the server
	// serves them only while it matches, so a stale .br never goes out.
	sum := sha256.Sum256(raw)
	if err := os.WriteFile(name+".sha256", []byte(hex.EncodeToString(sum[:])+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: raw %d, gzip %d, brotli %d bytes\n", name, len(raw), gz.Len(), br.Len())
	return nil
}
