package i18n

// The playlist editor's slide templates and the zones layout.
const (
	ConsoleSgLayoutZones     = "ConsoleSgLayoutZones"
	ConsoleSgTemplate        = "ConsoleSgTemplate"
	ConsoleSgTemplateSlide   = "ConsoleSgTemplateSlide"
	ConsoleSgTemplateList    = "ConsoleSgTemplateList"
	ConsoleSgTemplateAuto    = "ConsoleSgTemplateAuto"
	ConsoleSgTemplatePicture = "ConsoleSgTemplatePicture"
	ConsoleSgTemplateSplit   = "ConsoleSgTemplateSplit"
	ConsoleSgTemplateBrand   = "ConsoleSgTemplateBrand"
	ConsoleSgTemplateCoupon  = "ConsoleSgTemplateCoupon"
)

var consoleTemplateIDs = []string{
	ConsoleSgLayoutZones, ConsoleSgTemplate, ConsoleSgTemplateSlide, ConsoleSgTemplateList,
	ConsoleSgTemplateAuto, ConsoleSgTemplatePicture, ConsoleSgTemplateSplit,
	ConsoleSgTemplateBrand, ConsoleSgTemplateCoupon,
}

func init() { IDs = append(IDs, consoleTemplateIDs...) }
