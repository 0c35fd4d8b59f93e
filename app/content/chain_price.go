package content

// OpChainPrices carries head office's prices to the stores (Event.Prices):
// it travels only on the chain's content stream, never to a screen, which
// hears of the prices that apply through OpCatalogueUpdate.
const OpChainPrices = "chain.prices"

// OpChainProductDelete tells the stores head office deleted the product
// whose SKU is Event.ID: like OpChainPrices it travels only on the chain's
// content stream, to every store, and screens hear of it through
// OpCatalogueUpdate.
const OpChainProductDelete = "chain.product.delete"

// MaxChainPrices is how many products one OpChainPrices event carries: a
// feed batch of 50,000 products goes as many events, each well under a
// JetStream message's limit.
const MaxChainPrices = 500

// ChainPrice is head office's word on one product: the product as head
// office holds it (its price is the chain's price), whether a store may
// set its own price, and whether head office paused it (the store's
// offers linked to it pause).
type ChainPrice struct {
	Product     Product `json:"product"`
	Overridable bool    `json:"overridable,omitempty"`
	Paused      bool    `json:"paused,omitempty"`
}
