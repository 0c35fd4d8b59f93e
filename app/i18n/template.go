package i18n

import (
	"fmt"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n/template"
)

// fieldParser fills messages like "{{.Count}} offers near {{.Place}}": plain
// fields, nothing else. Messages are written by translators, not
// programmers, and need no more; and go-i18n's default parser, text/template,
// calls methods by reflection, which keeps every exported method of every
// type in the wasm, for every kiosk to download. The wasm build links
// go-i18n without it (tools/wasmmod).
type fieldParser struct{}

func (fieldParser) Cacheable() bool { return true }

func (fieldParser) Parse(src, left, right string) (template.ParsedTemplate, error) {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	var t fieldTemplate
	for {
		i := strings.Index(src, left)
		if i < 0 {
			if strings.Contains(src, right) {
				return nil, fmt.Errorf("i18n: %q without %q", right, left)
			}
			t.parts = append(t.parts, src)
			return &t, nil
		}
		t.parts = append(t.parts, src[:i])
		src = src[i+len(left):]
		j := strings.Index(src, right)
		if j < 0 {
			return nil, fmt.Errorf("i18n: %q without %q", left, right)
		}
		name, ok := strings.CutPrefix(strings.TrimSpace(src[:j]), ".")
		if !ok || !isField(name) {
			return nil, fmt.Errorf("i18n: %s%s%s: only {{.Field}} is supported", left, src[:j], right)
		}
		t.fields = append(t.fields, name)
		src = src[j+len(right):]
	}
}

func isField(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		letter := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '_'
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// fieldTemplate is text parts around fields: parts[i] comes before
// fields[i], and the last part ends the message.
type fieldTemplate struct {
	parts  []string
	fields []string
}

func (t *fieldTemplate) Execute(data any) (string, error) {
	if len(t.fields) == 0 {
		return t.parts[0], nil
	}
	m, ok := data.(map[string]any)
	if !ok {
		return "", fmt.Errorf("i18n: template data is %T, not map[string]any", data)
	}
	var b strings.Builder
	for i, f := range t.fields {
		b.WriteString(t.parts[i])
		// A field the caller did not give stays empty: a shopper is better
		// served by "Was ¥" than by the message id.
		if v, ok := m[f]; ok {
			fmt.Fprint(&b, v)
		}
	}
	b.WriteString(t.parts[len(t.parts)-1])
	return b.String(), nil
}
