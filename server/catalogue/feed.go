package catalogue

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/product"
	"storecast/server/store"
)

// Formats of a batch.
const (
	FormatJSON = "json" // rest.CatalogueBatch
	FormatCSV  = "csv"  // a product file, with content.FeedColumns if wanted
)

// MaxKeyRunes caps an idempotency key.
const MaxKeyRunes = 200

// Feed applies catalogue batches, one at a time.
type Feed struct {
	store   *store.Store
	metrics *Metrics
	mu      sync.Mutex // one batch at a time: a key is checked and kept with no other batch between
}

// New returns a feed writing to st; m may be nil.
func New(st *store.Store, m *Metrics) *Feed {
	if m == nil {
		m = NewMetrics(nil, nil)
	}
	return &Feed{store: st, metrics: m}
}

// Batch is one batch to apply.
type Batch struct {
	Key    string // idempotency key: from the Idempotency-Key header or the file's name; "" takes the body's
	Body   []byte
	Format string // FormatJSON or FormatCSV
	Locale string // the language of row errors
	Source string // the price history's source: the token's name, the drop file
	From   string // "api" or "drop", for the metrics
}

// Answer is what a batch got: the HTTP status and body to send. A
// repeated batch gets its first answer.
type Answer struct {
	Status int
	Body   any // rest.CatalogueResult, rest.ImportRejected or rest.ErrorBody
	// Raw is the first answer's JSON, for a repeated batch; Body is nil.
	Raw []byte
}

// ErrKeyReused is the answer's error code for a key sent again with
// another body.
const ErrKeyReused = "idempotency_key_reused"

// Apply checks b and stores it if every row is good. err is for failures
// of the store only; a bad batch is an Answer.
func (f *Feed) Apply(ctx context.Context, b Batch) (Answer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	sum := sha256.Sum256(b.Body)
	hash := hex.EncodeToString(sum[:])
	key := b.Key
	if key == "" && b.Format == FormatJSON {
		key = bodyKey(b.Body)
	}
	if utf8.RuneCountInString(key) > MaxKeyRunes || content.CheckString("key", key, MaxKeyRunes, false) != nil {
		f.metrics.batch(b.From, outcomeRefused)
		return Answer{Status: http.StatusBadRequest, Body: rest.ErrorBody{Error: rest.ErrorDetail{
			Code: "bad_key", Message: fmt.Sprintf("an idempotency key is printable text of at most %d characters", MaxKeyRunes), Field: "key"}}}, nil
	}
	if key != "" {
		kept, err := f.store.CatalogueBatchByKey(ctx, key)
		switch {
		case err == nil && kept.BodyHash == hash:
			f.metrics.batch(b.From, outcomeRepeated)
			return Answer{Status: kept.Status, Raw: kept.Answer}, nil
		case err == nil:
			f.metrics.batch(b.From, outcomeConflict)
			return Answer{Status: http.StatusConflict, Body: rest.ErrorBody{Error: rest.ErrorDetail{
				Code: ErrKeyReused, Message: "this idempotency key came with another batch; use a new key for a new batch"}}}, nil
		case !errors.Is(err, store.ErrNotFound):
			return Answer{}, fmt.Errorf("catalogue: apply: %w", err)
		}
	}
	a, err := f.apply(ctx, b, key)
	if err != nil {
		return Answer{}, err
	}
	if key != "" {
		raw, err := json.Marshal(a.Body)
		if err != nil {
			return Answer{}, fmt.Errorf("catalogue: apply: %w", err)
		}
		if err := f.store.SaveCatalogueBatch(ctx, store.CatalogueBatch{Key: key, BodyHash: hash, Status: a.Status, Answer: raw}); err != nil {
			return Answer{}, fmt.Errorf("catalogue: apply: %w", err)
		}
	}
	return a, nil
}

// apply checks and stores the batch.
func (f *Feed) apply(ctx context.Context, b Batch, key string) (Answer, error) {
	var (
		res product.Result
		err error
	)
	if b.Format == FormatCSV {
		res, err = product.Import(ctx, f.store, bytes.NewReader(b.Body), b.Locale, b.Source)
	} else {
		_, res, err = product.ImportBatch(ctx, f.store, bytes.NewReader(b.Body), b.Locale, b.Source)
	}
	if err != nil {
		return Answer{}, fmt.Errorf("catalogue: apply: %w", err)
	}
	if len(res.Errors) > 0 {
		f.metrics.batch(b.From, outcomeRefused)
		return Answer{Status: http.StatusUnprocessableEntity, Body: rest.ImportRejected{
			Error:  rest.ErrorDetail{Code: "invalid_rows", Message: "the batch has errors; nothing was changed"},
			Errors: res.Errors,
		}}, nil
	}
	f.metrics.batch(b.From, outcomeApplied)
	f.metrics.prices.Add(float64(res.PriceChanges))
	return Answer{Status: http.StatusOK, Body: rest.CatalogueResult{
		Key: key, Added: res.Added, Updated: res.Updated, PriceChanges: res.PriceChanges,
		Paused: res.Paused, Resumed: res.Resumed, HQPriced: res.HQPriced, Errors: res.Errors,
	}}, nil
}

// bodyKey is the key a JSON batch carries in its body, if any; a body
// that does not parse has none (its rows' errors say why).
func bodyKey(body []byte) string {
	var b rest.CatalogueBatch // its products stay raw: not decoded here
	if json.Unmarshal(body, &b) != nil {
		return ""
	}
	return b.Key
}
