package main

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto"
)

// fakeDevtools answers commands as a browser would: refuse holds the
// methods it refuses, with the error Debian's Chromium 148 gives the
// emulation by rule, and fail the methods that fail otherwise.
type fakeDevtools struct {
	refuse map[string]bool
	fail   map[string]error
	calls  []string
	params map[string]string // each method's parameters as JSON
}

func (f *fakeDevtools) call(method string, params any) error {
	f.calls = append(f.calls, method)
	b, err := json.Marshal(params)
	if err != nil {
		return err
	}
	if f.params == nil {
		f.params = map[string]string{}
	}
	f.params[method] = string(b)
	if err := f.fail[method]; err != nil {
		return err
	}
	if f.refuse[method] {
		return &cdproto.Error{Code: -32602, Message: "Invalid parameters"}
	}
	return nil
}

func TestEmulateNetworkFallsBack(t *testing.T) {
	for _, tt := range []struct {
		name      string
		methods   []string
		refuse    []string
		fail      error // of the first method
		want      string
		wantCalls []string
		wantErr   string // "" for none
	}{
		{"by rule taken", netEmulations["auto"], nil, nil,
			emulateByRule, []string{emulateByRule}, ""},
		{"by rule refused, whole page taken", netEmulations["auto"], []string{emulateByRule}, nil,
			emulateWholePage, []string{emulateByRule, emulateWholePage}, ""},
		{"both refused", netEmulations["auto"], []string{emulateByRule, emulateWholePage}, nil,
			"", []string{emulateByRule, emulateWholePage}, "refused every method (Network.emulateNetworkConditionsByRule: Invalid parameters (-32602); Network.emulateNetworkConditions: Invalid parameters (-32602))"},
		{"tab gone: no fallback", netEmulations["auto"], nil, context.Canceled,
			"", []string{emulateByRule}, "Network.emulateNetworkConditionsByRule: context canceled"},
		{"by rule only, refused", netEmulations["by-rule"], []string{emulateByRule}, nil,
			"", []string{emulateByRule}, "refused every method"},
		{"whole page only", netEmulations["whole-page"], nil, nil,
			emulateWholePage, []string{emulateWholePage}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeDevtools{refuse: map[string]bool{}, fail: map[string]error{tt.methods[0]: tt.fail}}
			for _, m := range tt.refuse {
				f.refuse[m] = true
			}
			got, err := emulateNetwork(f.call, tt.methods)
			if got != tt.want {
				t.Errorf("method = %q; want %q", got, tt.want)
			}
			if !slices.Equal(f.calls, tt.wantCalls) {
				t.Errorf("calls = %q; want %q", f.calls, tt.wantCalls)
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("err = %v; want none", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("err = %v; want it to say %q", err, tt.wantErr)
			}
			if tt.fail != nil && !errors.Is(err, tt.fail) {
				t.Errorf("err = %v; want it to wrap %v", err, tt.fail)
			}
			if _, refused := errors.AsType[*cdproto.Error](err); tt.wantErr != "" && tt.fail == nil && !refused {
				t.Errorf("err = %v; want it to wrap the browser's refusal", err)
			}
		})
	}
}

// The parameters each method is sent: the whole-page method's are not in
// the protocol package any more, so they are written here, and must say
// the same as the rule.
func TestNetworkParams(t *testing.T) {
	f := &fakeDevtools{}
	for _, m := range netEmulations["auto"] {
		f.call(m, networkParams(m))
	}
	for method, want := range map[string]string{
		emulateWholePage: `{"offline":false,"latency":20,"downloadThroughput":2500000,"uploadThroughput":2500000}`,
		emulateByRule:    `{"matchedNetworkConditions":[{"urlPattern":"","latency":20,"downloadThroughput":2500000,"uploadThroughput":2500000,"packetReordering":false,"offline":false}]}`,
	} {
		if got := f.params[method]; got != want {
			t.Errorf("%s params = %s; want %s", method, got, want)
		}
	}
}
