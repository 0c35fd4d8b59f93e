package media

import (
	"bytes"
	"encoding/binary"
	"net/http"
	"slices"
)

// sniffLen is how much of a file sniff looks at; http.DetectContentType
// reads no more than this either.
const sniffLen = 512

// mp4Brands are the ftyp brands of MP4 files browsers play as video/mp4.
// Others share the box layout but are not MP4 video: HEIC/AVIF images,
// QuickTime, 3GP.
var mp4Brands = []string{"isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V "}

// sniff returns the extension for the file whose first bytes are head, or
// "" if it is not an allowed type. Explicit checks come first because
// DetectContentType does not know every container detail we rely on.
func sniff(head []byte) string {
	switch {
	case len(head) >= 12 && string(head[0:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return "webp"
	case isMP4(head):
		return "mp4"
	case isWebM(head):
		return "webm"
	}
	switch http.DetectContentType(head) {
	case "image/png":
		return "png"
	case "image/jpeg":
		return "jpg"
	case "image/gif":
		return "gif"
	}
	return ""
}

// isMP4 checks for an ftyp box at offset 4 naming an MP4 brand, either as
// the major brand or among the compatible ones.
func isMP4(head []byte) bool {
	if len(head) < 16 || string(head[4:8]) != "ftyp" {
		return false
	}
	size := int(binary.BigEndian.Uint32(head[0:4]))
	if size < 16 || size%4 != 0 {
		return false
	}
	box := head[8:min(size, len(head))]
	for i := 0; i+4 <= len(box); i += 4 {
		if i == 4 { // minor version, not a brand
			continue
		}
		if slices.Contains(mp4Brands, string(box[i:i+4])) {
			return true
		}
	}
	return false
}

// isWebM checks for the EBML magic and a "webm" DocType; plain Matroska
// (.mkv) shares the magic but browsers do not all play it.
func isWebM(head []byte) bool {
	if len(head) < 8 || !bytes.HasPrefix(head, []byte{0x1A, 0x45, 0xDF, 0xA3}) {
		return false
	}
	// The DocType element (ID 0x4282) sits in the EBML header, within the
	// first few dozen bytes.
	hdr := head[4:min(len(head), 64)]
	i := bytes.Index(hdr, []byte{0x42, 0x82})
	return i >= 0 && bytes.Contains(hdr[i:min(len(hdr), i+12)], []byte("webm"))
}

// contentTypes maps stored extensions to the Content-Type they are served
// with; it is also the allowlist.
var contentTypes = map[string]string{
	"png":  "image/png",
	"jpg":  "image/jpeg",
	"gif":  "image/gif",
	"webp": "image/webp",
	"mp4":  "video/mp4",
	"webm": "video/webm",
}

// stillTypes are the extensions SaveStill keeps: pictures that stay still.
var stillTypes = map[string]bool{"png": true, "jpg": true, "webp": true}
