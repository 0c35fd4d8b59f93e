// Package media stores uploaded and demo images and videos on disk under
// content-addressed names (<sha256>.<ext>) and serves them with immutable
// caching.
//
// Naming files by their hash means a URL never changes meaning, so screens
// and the service worker may cache it forever, the same upload twice is
// stored once, and no user-supplied name ever reaches the file system.
//
// Uploads are checked before they are kept: a size cap enforced while
// reading, the type sniffed from the bytes against an allowlist (the
// client's file name and Content-Type are ignored), image dimensions read
// from the header alone so a small file that would decode to gigabytes of
// pixels is refused without decoding it, and then, within those limits,
// the whole image decoded, so a file cut short or damaged after its header
// never reaches a screen.
package media
