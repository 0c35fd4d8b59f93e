package i18n

// Message ids of the console's brand view: the store's name, logo and
// colours, and the preview of them in each display mode.
const (
	ConsoleNavBrand       = "ConsoleNavBrand"
	ConsoleBrandTitle     = "ConsoleBrandTitle"
	ConsoleBrandIntro     = "ConsoleBrandIntro"
	ConsoleBrandName      = "ConsoleBrandName"
	ConsoleBrandNameHint  = "ConsoleBrandNameHint"
	ConsoleBrandLogo      = "ConsoleBrandLogo"
	ConsoleBrandLogoHint  = "ConsoleBrandLogoHint"
	ConsoleBrandColor     = "ConsoleBrandColor"
	ConsoleBrandAccent    = "ConsoleBrandAccent"
	ConsoleBrandColorHint = "ConsoleBrandColorHint"
	ConsoleBrandPreview   = "ConsoleBrandPreview"
	ConsoleBrandStandard  = "ConsoleBrandStandard"
	ConsoleBrandContrast  = "ConsoleBrandContrast"
	ConsoleBrandSample    = "ConsoleBrandSample"
	ConsoleBrandButton    = "ConsoleBrandButton"
	ConsoleBrandRatios    = "ConsoleBrandRatios"
	ConsoleBrandSave      = "ConsoleBrandSave"
	ConsoleBrandSaved     = "ConsoleBrandSaved"
)

func init() {
	IDs = append(IDs,
		ConsoleNavBrand, ConsoleBrandTitle, ConsoleBrandIntro, ConsoleBrandName, ConsoleBrandNameHint,
		ConsoleBrandLogo, ConsoleBrandLogoHint, ConsoleBrandColor, ConsoleBrandAccent, ConsoleBrandColorHint,
		ConsoleBrandPreview, ConsoleBrandStandard, ConsoleBrandContrast, ConsoleBrandSample,
		ConsoleBrandButton, ConsoleBrandRatios, ConsoleBrandSave, ConsoleBrandSaved)
}
