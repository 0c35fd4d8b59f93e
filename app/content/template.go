package content

// Templates: how a signage slide draws a promotion. A playlist names one
// for all its slides, a slide may name its own; TemplateAuto picks by
// what the promotion has (ChooseTemplate).
const (
	TemplateAuto    = "auto"    // by content: the default
	TemplatePicture = "picture" // the picture full-bleed, a price badge on it
	TemplateSplit   = "split"   // picture on one side, text on the other
	TemplateBrand   = "brand"   // big type on the brand colour, no picture
	TemplateCoupon  = "coupon"  // the offer and its coupon's claim QR code
)

// Templates lists every template, TemplateAuto first.
var Templates = []string{TemplateAuto, TemplatePicture, TemplateSplit, TemplateBrand, TemplateCoupon}

// validTemplate reports whether t names a template; "" stands for the
// default (auto on a playlist, the playlist's on a slide).
func validTemplate(t string) bool {
	if t == "" {
		return true
	}
	for _, x := range Templates {
		if t == x {
			return true
		}
	}
	return false
}

// ChooseTemplate returns how a promotion slide is drawn: the slide's own
// template, else the playlist's, and when that is auto (or asks for what
// the offer lacks) by what it has. A coupon the offer links to that can
// be claimed now comes first, then a picture, else the brand colour.
func ChooseTemplate(playlist, slide string, hasPicture, hasCoupon bool) string {
	t := slide
	if t == "" {
		t = playlist
	}
	switch {
	case t == TemplateCoupon && hasCoupon,
		t == TemplateBrand,
		(t == TemplatePicture || t == TemplateSplit) && hasPicture:
		return t
	case hasCoupon && (t == "" || t == TemplateAuto):
		return TemplateCoupon
	case hasPicture:
		return TemplateSplit
	}
	return TemplateBrand
}

const templateMessage = "must be auto, picture, split, brand or coupon"
