package phone

import (
	"strings"
	"testing"
	"testing/fstest"

	"storecast/web"
)

// The worker names a version made of the files it caches: a new style
// sheet or script installs a new worker, which fetches them again.
func TestWorkerVersionFollowsItsFiles(t *testing.T) {
	files := fstest.MapFS{}
	for _, p := range shellFiles {
		files[strings.TrimPrefix(p, "/web/")] = &fstest.MapFile{Data: []byte("v1 " + p)}
	}
	a, err := workerJS(files)
	if err != nil {
		t.Fatal(err)
	}
	files["coupon.js"] = &fstest.MapFile{Data: []byte("v2")}
	b, err := workerJS(files)
	if err != nil {
		t.Fatal(err)
	}
	if string(a) == string(b) {
		t.Error("the worker is the same with another coupon.js")
	}
	if strings.Contains(string(a), "{{") {
		t.Errorf("the worker has a placeholder left:\n%s", a)
	}
}

// Every file the worker caches and the pages link is in the web
// directory the binary embeds.
func TestWorkerFilesAreServed(t *testing.T) {
	if _, err := workerJS(web.FS); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{couponScript, claimScript} {
		if _, err := web.FS.Open(strings.TrimPrefix(p, "/web/")); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

func TestWorkerIsServed(t *testing.T) {
	e := newEnv(t)
	res, body := e.get(t, WorkerPath)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") {
		t.Fatalf("GET %s = %d %q", WorkerPath, res.StatusCode, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(body, `"`+couponScript+`"`) {
		t.Errorf("the worker does not cache the page's script:\n%.400s", body)
	}
}
