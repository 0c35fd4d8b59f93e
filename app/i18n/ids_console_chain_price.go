package i18n

// Console in a chain of stores: head office's word on a product's price
// for every store, as head office sets it and as a store sees it.
const (
	ConsoleProductForStores       = "ConsoleProductForStores"
	ConsoleProductOverridable     = "ConsoleProductOverridable"
	ConsoleProductOverridableHint = "ConsoleProductOverridableHint"
	ConsoleProductHQPaused        = "ConsoleProductHQPaused"
	ConsoleProductHQPausedHint    = "ConsoleProductHQPausedHint"
	ConsoleProductChainPrice      = "ConsoleProductChainPrice" // {{.Price}}
	ConsoleProductOwnAllowed      = "ConsoleProductOwnAllowed"
	ConsoleProductPriceLocked     = "ConsoleProductPriceLocked"
	ConsoleProductPausedByHQ      = "ConsoleProductPausedByHQ"
	ConsoleProductOwnPrice        = "ConsoleProductOwnPrice" // {{.Price}}: head office's
	ConsoleProductChainPriced     = "ConsoleProductChainPriced"
)

func init() {
	IDs = append(IDs,
		ConsoleProductForStores, ConsoleProductOverridable, ConsoleProductOverridableHint,
		ConsoleProductHQPaused, ConsoleProductHQPausedHint, ConsoleProductChainPrice,
		ConsoleProductOwnAllowed, ConsoleProductPriceLocked, ConsoleProductPausedByHQ,
		ConsoleProductOwnPrice, ConsoleProductChainPriced,
	)
}
