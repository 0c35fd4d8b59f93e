package i18n

// The kiosk price check's own keypad and its browsing by category.
const (
	KeypadLabel      = "KeypadLabel"
	KeypadHint       = "KeypadHint"
	KeypadSpace      = "KeypadSpace"
	KeypadDelete     = "KeypadDelete"
	KeypadClear      = "KeypadClear"
	KeypadTyped      = "KeypadTyped"
	KeypadNothing    = "KeypadNothing"
	KeypadKeepTyping = "KeypadKeepTyping"
	BrowseTitle      = "BrowseTitle"
	BrowseCategory   = "BrowseCategory"
)

// keypadIDs are listed in IDs with the rest; they are kept here so the
// keypad's words live beside each other.
var keypadIDs = []string{
	KeypadLabel, KeypadHint, KeypadSpace, KeypadDelete, KeypadClear,
	KeypadTyped, KeypadNothing, KeypadKeepTyping, BrowseTitle,
	BrowseCategory,
}

func init() { IDs = append(IDs, keypadIDs...) }
