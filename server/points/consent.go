package points

import (
	"embed"
	"errors"
	"fmt"
	"slices"
	"strings"

	"storecast/app/content"
	"storecast/app/rest"
)

// ConsentVersion is the consent notice shoppers join under now. A changed
// notice is a new directory notices/N with every locale, and this
// number raised: members keep the version they agreed to.
const ConsentVersion = 1

//go:embed notices
var notices embed.FS

// ErrConsent is a join that names a notice version other than the
// current one, or a locale without a notice.
var ErrConsent = errors.New("agree to the current consent notice first")

// Consent returns the current notice in locale.
func Consent(locale string) (rest.PointsConsent, error) {
	if !slices.Contains(content.Locales, locale) {
		return rest.PointsConsent{}, fmt.Errorf("points: consent: %w", ErrConsent)
	}
	b, err := notices.ReadFile(fmt.Sprintf("notices/%d/%s.txt", ConsentVersion, locale))
	if err != nil {
		return rest.PointsConsent{}, fmt.Errorf("points: consent: %w", err)
	}
	return rest.PointsConsent{Version: ConsentVersion, Locale: locale, Text: strings.TrimSpace(string(b))}, nil
}
