package pwa

import (
	"bytes"
	"html"
	"net/http"
	"strconv"
)

// go-app v10.1.11 writes attribute values of prerendered pages with Go's
// strconv.Quote, not HTML escaping: a `"` in a value comes out as `\"`,
// which ends the attribute in HTML. Staff text in an alt or data-* attribute
// could then add attributes of its own (an injection), and JSON in data-*
// arrives cut short. fixAttributes rewrites every attribute value of a
// prerendered page as proper HTML: it unquotes the Go string and escapes it
// with html.EscapeString. Text nodes go-app already escapes for HTML, so
// outside tags nothing changes.
func fixAttributes(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page) + len(page)/16)
	inTag := false
	for i := 0; i < len(page); i++ {
		c := page[i]
		switch {
		case !inTag:
			if c == '<' {
				inTag = true
			}
			out.WriteByte(c)
		case c == '>':
			inTag = false
			out.WriteByte(c)
		case c == '=' && i+1 < len(page) && page[i+1] == '"':
			end := quotedEnd(page, i+1)
			if end < 0 {
				out.Write(page[i:]) // not go-app's output: leave the rest alone
				return out.Bytes()
			}
			v, err := strconv.Unquote(string(page[i+1 : end+1]))
			if err != nil {
				v = string(page[i+2 : end]) // plain HTML quoting already
			}
			out.WriteString(`="`)
			out.WriteString(html.EscapeString(v))
			out.WriteByte('"')
			i = end
		default:
			out.WriteByte(c)
		}
	}
	return out.Bytes()
}

// quotedEnd returns the index of the `"` closing the Go-quoted string that
// opens at start, or -1.
func quotedEnd(b []byte, start int) int {
	for j := start + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return -1
}

// bufferedPage collects a page go-app renders so its attributes can be
// fixed before it is sent.
type bufferedPage struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedPage) Header() http.Header         { return b.header }
func (b *bufferedPage) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedPage) WriteHeader(status int)      { b.status = status }

// servePage renders a page through go-app and sends it with its attributes
// escaped for HTML and only the style sheets it uses.
func (h *Handler) servePage(w http.ResponseWriter, r *http.Request) {
	buf := &bufferedPage{header: w.Header(), status: http.StatusOK}
	h.pages.ServeHTTP(buf, r)
	body := buf.body.Bytes()
	if ct := buf.header.Get("Content-Type"); buf.status == http.StatusOK && len(ct) >= 9 && ct[:9] == "text/html" {
		body = keepSheets(fixAttributes(body), r.URL.Path)
		buf.header.Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(buf.status)
	w.Write(body)
}
