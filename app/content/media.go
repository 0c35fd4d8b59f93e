package content

import "strings"

// MediaPrefix is where content-addressed media is served.
const MediaPrefix = "/media/"

// ValidMediaURL reports whether u has the shape /media/<64 hex>.<ext> with
// an allowed extension; anything else in a promotion's image is refused.
func ValidMediaURL(u string) bool {
	name, ok := strings.CutPrefix(u, MediaPrefix)
	if !ok {
		return false
	}
	hash, ext, ok := strings.Cut(name, ".")
	if !ok || len(hash) != 64 {
		return false
	}
	for _, c := range hash {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	switch ext {
	case "png", "jpg", "gif", "webp", "mp4", "webm":
		return true
	}
	return false
}
