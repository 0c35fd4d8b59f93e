package coupon

import (
	"fmt"

	"storecast/server/auth"
)

// SecretFile is the store's coupon secret in the data directory.
const SecretFile = "coupon-secret"

// LoadSecret reads the store's secret from dir, creating it (32 random
// bytes, mode 0600) on first start. Losing it voids every issued code, so
// it is never regenerated over an existing file.
func LoadSecret(dir string) ([]byte, error) {
	b, err := auth.KeyFile(dir, SecretFile)
	if err != nil {
		return nil, fmt.Errorf("coupon: secret: %w", err)
	}
	return b, nil
}
