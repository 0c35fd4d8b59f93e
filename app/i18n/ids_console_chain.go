package i18n

// Console in a chain of stores: the store's link to head office, and head
// office's list of stores.
const (
	ConsoleNavStores          = "ConsoleNavStores"
	ConsoleChainStore         = "ConsoleChainStore" // {{.ID}}
	ConsoleChainUp            = "ConsoleChainUp"
	ConsoleChainDown          = "ConsoleChainDown"
	ConsoleStoresNone         = "ConsoleStoresNone"
	ConsoleStoreRegion        = "ConsoleStoreRegion"
	ConsoleStoreConnected     = "ConsoleStoreConnected"
	ConsoleStoreDisconnected  = "ConsoleStoreDisconnected"
	ConsoleStoreScreensOnline = "ConsoleStoreScreensOnline"
	ConsoleStoreVersion       = "ConsoleStoreVersion"
	ConsoleStoreAppVersions   = "ConsoleStoreAppVersions"
	ConsoleStoreAppVersion    = "ConsoleStoreAppVersion" // {{.Version}} {{.Count}}
	ConsoleFromHQ             = "ConsoleFromHQ"
)

func init() {
	IDs = append(IDs,
		ConsoleNavStores, ConsoleChainStore, ConsoleChainUp, ConsoleChainDown,
		ConsoleStoresNone, ConsoleStoreRegion, ConsoleStoreConnected, ConsoleStoreDisconnected,
		ConsoleStoreScreensOnline, ConsoleStoreVersion, ConsoleStoreAppVersions, ConsoleStoreAppVersion,
		ConsoleFromHQ,
	)
}
