package store

import (
	"context"
	"database/sql"
	"errors"

	"storecast/app/content"
)

// Price history channels.
const (
	ChannelInStore  = "in_store"
	ChannelOnline   = "online"
	ChannelDelivery = "delivery"
)

// productWriter writes many products in one transaction with statements
// prepared once: a catalogue batch of 50,000 rows runs each statement that
// many times, and preparing it each time would cost as much as running it.
type productWriter struct {
	ctx           context.Context
	actor, source string
	ms            int64
	read, write   *sql.Stmt
	history       *sql.Stmt
	clearMain     *sql.Stmt
	clearExtras   *sql.Stmt
	addExtra      *sql.Stmt
	clearLots     *sql.Stmt
	addLot        *sql.Stmt
	stmts         []*sql.Stmt
	member        bool     // a store of a chain: head office's prices hold
	hqPriced      []string // products whose price head office kept
}

func newProductWriter(ctx context.Context, tx *Tx, actor, source string, ms int64) (*productWriter, error) {
	w := &productWriter{ctx: ctx, actor: actor, source: source, ms: ms, member: tx.s.role == Member}
	for _, st := range []struct {
		to  **sql.Stmt
		sql string
	}{
		{&w.read, `SELECT price, stock, unit, online_price, online_at, delivery_price, delivery_at, parity_since,
			hq_price, overridable FROM products WHERE sku = ?`},
		{&w.write, `INSERT INTO products
			(sku, barcode, name, price, category, aisle, pinyin, search, updated_at,
			 stock, unit, online_price, online_at, delivery_price, delivery_at, parity_since, own_price)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (sku) DO UPDATE SET barcode = excluded.barcode, name = excluded.name,
				price = excluded.price, category = excluded.category, aisle = excluded.aisle,
				pinyin = excluded.pinyin, search = excluded.search, updated_at = excluded.updated_at,
				stock = excluded.stock, unit = excluded.unit,
				online_price = excluded.online_price, online_at = excluded.online_at,
				delivery_price = excluded.delivery_price, delivery_at = excluded.delivery_at,
				parity_since = excluded.parity_since, own_price = excluded.own_price`},
		{&w.history, `INSERT INTO price_history (sku, channel, old, new, actor, source, at) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.clearMain, `UPDATE products SET barcode = '' WHERE sku = ?`},
		{&w.clearExtras, `DELETE FROM product_barcodes WHERE sku = ?`},
		{&w.addExtra, `INSERT INTO product_barcodes (barcode, sku) VALUES (?, ?)`},
		{&w.clearLots, `DELETE FROM product_lots WHERE sku = ?`},
		{&w.addLot, `INSERT INTO product_lots (sku, best_before, quantity) VALUES (?, ?, ?)`},
	} {
		stmt, err := tx.PrepareContext(ctx, st.sql)
		if err != nil {
			w.close()
			return nil, err
		}
		*st.to = stmt
		w.stmts = append(w.stmts, stmt)
	}
	return w, nil
}

func (w *productWriter) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// clearBarcodes takes the barcodes ps replaces off their products first,
// so barcodes may move between products of one import without the unique
// indexes ever seeing two owners mid-way.
func (w *productWriter) clearBarcodes(ps []content.Product) error {
	for _, p := range ps {
		if _, err := w.clearMain.ExecContext(w.ctx, p.SKU); err != nil {
			return err
		}
		if p.Barcodes == nil {
			continue
		}
		if _, err := w.clearExtras.ExecContext(w.ctx, p.SKU); err != nil {
			return err
		}
	}
	return nil
}

// stored is what a product's row holds of what the feed may leave out.
type stored struct {
	price                int64
	stock                sql.NullInt64
	unit                 string
	online, onlineAt     sql.NullInt64
	delivery, deliveryAt sql.NullInt64
	paritySince          sql.NullInt64
	hqPrice              sql.NullInt64
	overridable          bool
}

// written says what upsert changed.
type written struct {
	added  bool
	prices int  // price history rows
	stock  bool // stock changed (or was first known)
}

// upsert writes p over what is stored, keeping what p leaves out, and
// records each channel whose price changed.
func (w *productWriter) upsert(p content.Product) (written, error) {
	var old stored
	err := w.read.QueryRowContext(w.ctx, p.SKU).Scan(&old.price, &old.stock, &old.unit,
		&old.online, &old.onlineAt, &old.delivery, &old.deliveryAt, &old.paritySince, &old.hqPrice, &old.overridable)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return written{}, err
	}
	name, err := encodeText(p.Name)
	if err != nil {
		return written{}, err
	}
	now := sql.NullInt64{Int64: w.ms, Valid: true}
	next := old
	next.price = p.Price
	var own sql.NullInt64
	if w.member && old.hqPrice.Valid && p.Price != old.hqPrice.Int64 {
		if old.overridable {
			own = sql.NullInt64{Int64: p.Price, Valid: true}
		} else {
			next.price = old.hqPrice.Int64
			w.hqPriced = append(w.hqPriced, p.SKU)
		}
	}
	if p.Unit != "" {
		next.unit = p.Unit
	}
	if p.Stock != nil {
		next.stock = sql.NullInt64{Int64: *p.Stock, Valid: true}
	}
	if p.OnlinePrice != nil {
		next.online, next.onlineAt = sql.NullInt64{Int64: *p.OnlinePrice, Valid: true}, now
	}
	if p.DeliveryPrice != nil {
		next.delivery, next.deliveryAt = sql.NullInt64{Int64: *p.DeliveryPrice, Valid: true}, now
	}
	next.paritySince = sql.NullInt64{}
	if differs(next.online, next.price) || differs(next.delivery, next.price) {
		next.paritySince = now
		if old.paritySince.Valid && exists {
			next.paritySince = old.paritySince
		}
	}
	p.Pinyin = spellName(p.Name)
	if _, err := w.write.ExecContext(w.ctx, p.SKU, p.Barcode, name, next.price, p.Category, p.Aisle, p.Pinyin,
		searchText(p), w.ms, next.stock, next.unit, next.online, next.onlineAt, next.delivery, next.deliveryAt,
		next.paritySince, own); err != nil {
		return written{}, err
	}
	for _, code := range p.Barcodes {
		if _, err := w.addExtra.ExecContext(w.ctx, code, p.SKU); err != nil {
			return written{}, err
		}
	}
	res := written{added: !exists, stock: next.stock != old.stock || !exists && next.stock.Valid}
	oldPrice := sql.NullInt64{Int64: old.price, Valid: exists}
	for _, c := range []struct {
		channel  string
		old, new sql.NullInt64
	}{
		{ChannelInStore, oldPrice, sql.NullInt64{Int64: next.price, Valid: true}},
		{ChannelOnline, old.online, next.online},
		{ChannelDelivery, old.delivery, next.delivery},
	} {
		if !c.new.Valid || c.old == c.new {
			continue
		}
		if _, err := w.history.ExecContext(w.ctx, p.SKU, c.channel, c.old, c.new.Int64, w.actor, w.source, w.ms); err != nil {
			return written{}, err
		}
		res.prices++
	}
	return res, w.lots(p)
}

// lots replaces the product's lots when p carries them (nil leaves them).
func (w *productWriter) lots(p content.Product) error {
	if p.Lots == nil {
		return nil
	}
	if _, err := w.clearLots.ExecContext(w.ctx, p.SKU); err != nil {
		return err
	}
	for _, l := range p.Lots {
		if _, err := w.addLot.ExecContext(w.ctx, p.SKU, l.BestBefore, l.Quantity); err != nil {
			return err
		}
	}
	return nil
}

// differs reports whether a channel's price is known and not price.
func differs(channel sql.NullInt64, price int64) bool {
	return channel.Valid && channel.Int64 != price
}

// firstSKU runs a prepared query for the product owning a barcode (other
// than sku); "" when none does.
func firstSKU(ctx context.Context, q *sql.Stmt, code, sku string) (string, error) {
	var owner string
	err := q.QueryRowContext(ctx, code, sku).Scan(&owner)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return owner, err
}
