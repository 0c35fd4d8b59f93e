package store

import "storecast/app/content"

// emitCatalogue tells screens that the products skus changed or went, so
// a kiosk showing one asks for it again.
func (t *Tx) emitCatalogue(skus []string) error {
	return t.Emit(content.StreamStore, content.Event{Op: content.OpCatalogueUpdate,
		Catalogue: content.NewCatalogueChange(skus, t.s.now())})
}
