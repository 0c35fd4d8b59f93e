package rest

import "time"

// What ChainInfo.Role says.
const (
	ChainStandalone = "standalone"
	ChainMember     = "member" // a store of a chain
	ChainHQ         = "hq"     // head office
)

// ChainInfo is where this server stands in a chain of stores
// (GET /api/v1/chain): any signed-in staff may read it, and the console
// shows the store id and, in a store, whether head office is reachable.
type ChainInfo struct {
	Role    string `json:"role"`     // ChainStandalone, ChainMember or ChainHQ
	StoreID string `json:"store_id"` // set once, when the database was made
	// Uplink is, in a member store, whether its link to head office is
	// up now; absent elsewhere.
	Uplink *bool `json:"uplink,omitempty"`
}

// ChainStore is a store as head office sees it (GET /api/v1/chain/stores).
type ChainStore struct {
	ID            string         `json:"id"`
	Name          string         `json:"name"`
	Region        string         `json:"region,omitempty"`
	Version       string         `json:"version,omitempty"` // the store's storecast
	ScreensOnline int            `json:"screens_online"`
	AppVersions   map[string]int `json:"app_versions,omitempty"` // the screens' app versions: how many run each
	FirstSeen     time.Time      `json:"first_seen"`
	LastSeen      time.Time      `json:"last_seen"` // its last hello or heartbeat
	// Connected is whether its heartbeats arrive: one came within the
	// last three heartbeat periods. A heartbeat crosses the store's leaf
	// link, so this is the link's state as head office can know it.
	Connected bool `json:"connected"`
}

// ChainStoreList is head office's list of stores.
type ChainStoreList struct {
	Stores []ChainStore `json:"stores"`
}

// ChainCount is what a store, a region or the chain did on one day.
type ChainCount struct {
	Day         string `json:"day"` // the store's date, YYYY-MM-DD
	Key         string `json:"key"` // the store's id, its region, or "chain"
	Plays       int    `json:"plays"`
	Claims      int    `json:"claims"`
	Redemptions int    `json:"redemptions"`
	StaffCalls  int    `json:"staff_calls"`
}

// ChainReport is head office's report
// (GET /api/v1/chain/report?by=store|region|chain&from=YYYY-MM-DD&to=YYYY-MM-DD).
type ChainReport struct {
	By   string       `json:"by"`
	Rows []ChainCount `json:"rows"`
}
