package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// maxAnswer bounds what is read of a receiver's answer.
const maxAnswer = 64 << 10

// Robots' errcodes for "too many messages": WeCom's (at most 20 a minute
// per robot) and DingTalk's. Worth a retry, unlike any other errcode.
const (
	weComThrottled    = 45009
	dingTalkThrottled = 130101
)

// result is one attempt's end.
type result struct {
	status int    // HTTP status, 0 without an answer
	err    string // why it failed; never holds the URL
	retry  bool   // another attempt may succeed
	took   time.Duration
}

// outcome is the delivery log's word for r, when another attempt is
// allowed or not.
func (r result) outcome(more bool) string {
	switch {
	case r.err == "":
		return rest.DeliveryDelivered
	case r.retry && more:
		return rest.DeliveryRetrying
	}
	return rest.DeliveryFailed
}

// attempt posts a to w once.
func (d *Dispatcher) attempt(ctx context.Context, w store.Webhook, a Alert) result {
	b, err := body(w.Kind, d.cfg.StoreURL, a)
	if err != nil {
		return result{err: "encoding the message: " + err.Error()}
	}
	now := d.cfg.Now()
	target := w.URL
	if w.Kind == rest.WebhookDingTalk && w.Secret != "" {
		target = dingTalkSigned(target, w.Secret, now)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(b))
	if err != nil {
		return result{err: "the webhook's URL does not parse"} // err would quote it
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("User-Agent", "Storecast-Alerts")
	if w.Kind == rest.WebhookGeneric {
		ts := strconv.FormatInt(now.Unix(), 10)
		req.Header.Set(HeaderEvent, map[bool]string{true: "test", false: "alert"}[a.Rule == rest.RuleTest])
		req.Header.Set(HeaderDelivery, a.ID)
		req.Header.Set(HeaderTimestamp, ts)
		req.Header.Set(HeaderSignature, Signature(w.Secret, ts, b))
	}
	start := time.Now()
	resp, err := d.client.Do(req)
	if err != nil {
		return result{err: reason(err), retry: !errors.Is(err, ErrAddress), took: time.Since(start)}
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	r := judge(w.Kind, resp.StatusCode, answer)
	r.took = time.Since(start)
	return r
}

// reason says why a request failed without the URL that url.Error
// quotes: a robot's URL holds its key, a signed one its signature.
func reason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return "timed out"
		}
		return ue.Err.Error()
	}
	return err.Error()
}

// judge reads a receiver's answer. A generic receiver says yes with any
// 2xx; a robot answers 200 with {"errcode":0} when it took the message.
func judge(kind string, status int, answer []byte) result {
	switch {
	case status == http.StatusRequestTimeout || status == http.StatusTooManyRequests || status >= 500:
		return result{status: status, err: "HTTP " + strconv.Itoa(status), retry: true}
	case status < 200 || status > 299:
		return result{status: status, err: "HTTP " + strconv.Itoa(status)}
	case kind == rest.WebhookGeneric:
		return result{status: status}
	}
	var r rest.RobotAnswer
	if err := json.Unmarshal(answer, &r); err != nil {
		return result{status: status, err: "the robot's answer is not its JSON"}
	}
	if r.ErrCode != 0 {
		msg := r.ErrMsg
		if len(msg) > 200 {
			msg = msg[:200]
		}
		return result{status: status, err: fmt.Sprintf("robot errcode %d: %s", r.ErrCode, msg),
			retry: r.ErrCode == weComThrottled || r.ErrCode == dingTalkThrottled}
	}
	return result{status: status}
}
