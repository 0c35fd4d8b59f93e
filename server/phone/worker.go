package phone

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
)

// WorkerPath is where the phone's worker is served; coupon pages register
// it for /c/, the member page for /m.
const WorkerPath = "/phone-worker.js"

//go:embed worker.js
var workerTemplate string

// shellFiles are what every coupon page needs besides itself (its style
// and QR code are in the page), cached when the worker installs: paths
// under /web, as the pages link them.
var shellFiles = []string{couponScript, memberScript, "/web/icons/icon.svg"}

// workerJS fills the worker's version and files in. The version is a
// digest of the files and of the worker itself: a new build with other
// bytes in any of them installs a new worker, which fetches them again.
func workerJS(files fs.FS) ([]byte, error) {
	sum := sha256.New()
	sum.Write([]byte(workerTemplate))
	for _, p := range shellFiles {
		b, err := fs.ReadFile(files, strings.TrimPrefix(p, "/web/"))
		if err != nil {
			return nil, fmt.Errorf("worker: %w", err)
		}
		sum.Write(b)
	}
	list, err := json.Marshal(shellFiles)
	if err != nil {
		return nil, err
	}
	js := strings.ReplaceAll(workerTemplate, "{{.Version}}", hex.EncodeToString(sum.Sum(nil))[:12])
	return []byte(strings.ReplaceAll(js, "{{.Files}}", string(list))), nil
}

// serveWorker sends the worker. Browsers check it for a new version on
// every navigation to a page it controls, from the network (no-cache).
func (h *Handler) serveWorker(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(h.worker)
}
