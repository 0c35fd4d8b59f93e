package points

import (
	"fmt"

	"storecast/server/auth"
)

// SecretFile is the store's points secret in the data directory. Every
// member id is derived from it: losing it orphans every phone member (the
// same phone would hash to a new id), so it is backed up with the
// database and never regenerated.
const SecretFile = "points-secret"

// LoadSecret reads the points secret from dir, creating it (32 random
// bytes, mode 0600) on first start.
func LoadSecret(dir string) ([]byte, error) {
	b, err := auth.KeyFile(dir, SecretFile)
	if err != nil {
		return nil, fmt.Errorf("points: secret: %w", err)
	}
	return b, nil
}
