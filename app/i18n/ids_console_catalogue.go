package i18n

// Message ids of the console's catalogue: categories, store events and
// products edited one by one, and the kiosk's price for a unit.
const (
	ConsoleNavCategories         = "ConsoleNavCategories"
	ConsoleNavEvents             = "ConsoleNavEvents"
	ConsoleFormProblemsN         = "ConsoleFormProblemsN"
	ConsoleCategory              = "ConsoleCategory"
	ConsoleCategoryNone          = "ConsoleCategoryNone"
	ConsoleCategoryHint          = "ConsoleCategoryHint"
	ConsoleCategoryNew           = "ConsoleCategoryNew"
	ConsoleCategoryEdit          = "ConsoleCategoryEdit"
	ConsoleCategoryID            = "ConsoleCategoryID"
	ConsoleCategoryIDHint        = "ConsoleCategoryIDHint"
	ConsoleCategoryName          = "ConsoleCategoryName"
	ConsoleCategoryNameHint      = "ConsoleCategoryNameHint"
	ConsoleCategoryIcon          = "ConsoleCategoryIcon"
	ConsoleIconAuto              = "ConsoleIconAuto"
	ConsoleIconFresh             = "ConsoleIconFresh"
	ConsoleIconDairy             = "ConsoleIconDairy"
	ConsoleIconPantry            = "ConsoleIconPantry"
	ConsoleIconDrinks            = "ConsoleIconDrinks"
	ConsoleIconHome              = "ConsoleIconHome"
	ConsoleIconOther             = "ConsoleIconOther"
	ConsoleCategoriesNone        = "ConsoleCategoriesNone"
	ConsoleCategoriesOrderHint   = "ConsoleCategoriesOrderHint"
	ConsoleMoveUp                = "ConsoleMoveUp"
	ConsoleMoveDown              = "ConsoleMoveDown"
	ConsoleMoveUpNamed           = "ConsoleMoveUpNamed"
	ConsoleMoveDownNamed         = "ConsoleMoveDownNamed"
	ConsoleMoved                 = "ConsoleMoved"
	ConsoleCategoryDeleteConfirm = "ConsoleCategoryDeleteConfirm"
	ConsoleErrCategoryInUse      = "ConsoleErrCategoryInUse"
	ConsoleErrCategoryID         = "ConsoleErrCategoryID"
	ConsoleErrCategoryIDTaken    = "ConsoleErrCategoryIDTaken"
	ConsoleErrNameRequired       = "ConsoleErrNameRequired"
	ConsoleErrCategory           = "ConsoleErrCategory"
	ConsoleEventNew              = "ConsoleEventNew"
	ConsoleEventEdit             = "ConsoleEventEdit"
	ConsoleEventTitle            = "ConsoleEventTitle"
	ConsoleEventBody             = "ConsoleEventBody"
	ConsoleEventPlace            = "ConsoleEventPlace"
	ConsoleEventStarts           = "ConsoleEventStarts"
	ConsoleEventEnds             = "ConsoleEventEnds"
	ConsoleEventTimeHint         = "ConsoleEventTimeHint"
	ConsoleEventsNone            = "ConsoleEventsNone"
	ConsoleEventsIntro           = "ConsoleEventsIntro"
	ConsoleEventWhen             = "ConsoleEventWhen"
	ConsoleEventDeleteConfirm    = "ConsoleEventDeleteConfirm"
	ConsoleErrEventSpan          = "ConsoleErrEventSpan"
	ConsoleErrStartRequired      = "ConsoleErrStartRequired"
	ConsoleErrEndRequired        = "ConsoleErrEndRequired"
	ConsoleProductsListTitle     = "ConsoleProductsListTitle"
	ConsoleProductsSearch        = "ConsoleProductsSearch"
	ConsoleProductsSearchHint    = "ConsoleProductsSearchHint"
	ConsoleProductsSearchGo      = "ConsoleProductsSearchGo"
	ConsoleProductsShowing       = "ConsoleProductsShowing"
	ConsoleProductsNone          = "ConsoleProductsNone"
	ConsoleProductsEmpty         = "ConsoleProductsEmpty"
	ConsolePagePrev              = "ConsolePagePrev"
	ConsolePageNext              = "ConsolePageNext"
	ConsolePages                 = "ConsolePages"
	ConsoleProductNew            = "ConsoleProductNew"
	ConsoleProductEdit           = "ConsoleProductEdit"
	ConsoleProductSKU            = "ConsoleProductSKU"
	ConsoleProductSKUHint        = "ConsoleProductSKUHint"
	ConsoleProductName           = "ConsoleProductName"
	ConsoleProductPrice          = "ConsoleProductPrice"
	ConsoleProductUnit           = "ConsoleProductUnit"
	ConsoleProductUnitHint       = "ConsoleProductUnitHint"
	ConsoleProductBarcode        = "ConsoleProductBarcode"
	ConsoleProductBarcodeHint    = "ConsoleProductBarcodeHint"
	ConsoleProductAisle          = "ConsoleProductAisle"
	ConsoleProductMeta           = "ConsoleProductMeta"
	ConsoleProductDeleteConfirm  = "ConsoleProductDeleteConfirm"
	ConsoleProductsExport        = "ConsoleProductsExport"
	ConsoleProductsLabels        = "ConsoleProductsLabels"
	ConsoleErrSKU                = "ConsoleErrSKU"
	ConsoleErrSKUTaken           = "ConsoleErrSKUTaken"
	ConsoleErrBarcode            = "ConsoleErrBarcode"
	ConsoleErrBarcodeTaken       = "ConsoleErrBarcodeTaken"
	ConsoleErrUnit               = "ConsoleErrUnit"
	PricePer                     = "PricePer"
)

func init() {
	IDs = append(IDs,
		ConsoleNavCategories, ConsoleNavEvents, ConsoleFormProblemsN, ConsoleCategory,
		ConsoleCategoryNone, ConsoleCategoryHint, ConsoleCategoryNew, ConsoleCategoryEdit,
		ConsoleCategoryID, ConsoleCategoryIDHint, ConsoleCategoryName, ConsoleCategoryNameHint,
		ConsoleCategoryIcon, ConsoleIconAuto, ConsoleIconFresh, ConsoleIconDairy,
		ConsoleIconPantry, ConsoleIconDrinks, ConsoleIconHome, ConsoleIconOther,
		ConsoleCategoriesNone, ConsoleCategoriesOrderHint, ConsoleMoveUp, ConsoleMoveDown,
		ConsoleMoveUpNamed, ConsoleMoveDownNamed, ConsoleMoved, ConsoleCategoryDeleteConfirm,
		ConsoleErrCategoryInUse, ConsoleErrCategoryID, ConsoleErrCategoryIDTaken, ConsoleErrNameRequired,
		ConsoleErrCategory, ConsoleEventNew, ConsoleEventEdit, ConsoleEventTitle,
		ConsoleEventBody, ConsoleEventPlace, ConsoleEventStarts, ConsoleEventEnds,
		ConsoleEventTimeHint, ConsoleEventsNone, ConsoleEventsIntro, ConsoleEventWhen,
		ConsoleEventDeleteConfirm, ConsoleErrEventSpan, ConsoleErrStartRequired, ConsoleErrEndRequired,
		ConsoleProductsListTitle, ConsoleProductsSearch, ConsoleProductsSearchHint, ConsoleProductsSearchGo,
		ConsoleProductsShowing, ConsoleProductsNone, ConsoleProductsEmpty, ConsolePagePrev,
		ConsolePageNext, ConsolePages, ConsoleProductNew, ConsoleProductEdit,
		ConsoleProductSKU, ConsoleProductSKUHint, ConsoleProductName, ConsoleProductPrice,
		ConsoleProductUnit, ConsoleProductUnitHint, ConsoleProductBarcode, ConsoleProductBarcodeHint,
		ConsoleProductAisle, ConsoleProductMeta, ConsoleProductDeleteConfirm, ConsoleProductsExport,
		ConsoleProductsLabels,
		ConsoleErrSKU, ConsoleErrSKUTaken, ConsoleErrBarcode, ConsoleErrBarcodeTaken,
		ConsoleErrUnit,
		PricePer,
	)
	Plurals = append(Plurals, ConsoleFormProblemsN)
}
