package command

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
	"time"
)

// A backup is a gzipped tar archive, not a zip: tar and gzip are on every
// Debian machine (unzip is not), tar streams to a pipe (`storecast backup
// - | ssh …`), and its paths are the data directory's own, so `tar tzf`
// shows what a backup holds. gzip runs at its fastest level: media files
// are compressed already, and the database compresses well even so.

// backupFormat is the archive layout's version; restore refuses others.
const backupFormat = 1

// manifestName is the archive's last entry: what the rest must be.
const manifestName = "manifest.json"

// jetstreamNote says in the manifest how the JetStream files were taken.
const jetstreamNote = "copied while the server ran, after the database; restore leaves the screens' feed out, so screens load a fresh snapshot"

// manifest describes a backup. Every file in the archive but the manifest
// is listed with its size and SHA-256, in archive order. It is a file
// format, not an API body: its JSON keys are the field names.
type manifest struct {
	Format          int
	Storecast       string // the version that made it
	CreatedAt       time.Time
	SchemaVersion   int
	SQLiteIntegrity string
	JetStream       string // how jetstream/ was taken; empty without one
	Files           []manifestFile
}

type manifestFile struct {
	Path   string // slash-separated, relative to the data directory
	Size   int64
	SHA256 string
}

// size is the bytes of every file listed.
func (m manifest) size() int64 {
	var n int64
	for _, f := range m.Files {
		n += f.Size
	}
	return n
}

// hashingWriter counts and hashes what passes through it.
type hashingWriter struct {
	w io.Writer
	h hash.Hash
	n int64
}

func newHashingWriter(w io.Writer) *hashingWriter {
	return &hashingWriter{w: w, h: sha256.New()}
}

func (hw *hashingWriter) Write(p []byte) (int, error) {
	n, err := hw.w.Write(p)
	hw.h.Write(p[:n])
	hw.n += int64(n)
	return n, err
}

func (hw *hashingWriter) entry(path string) manifestFile {
	return manifestFile{Path: path, Size: hw.n, SHA256: hex.EncodeToString(hw.h.Sum(nil))}
}
