package console

import (
	"errors"

	"storecast/app/console/form"
	"storecast/app/content"
)

// fieldProblems shows a check the form made itself with rest's or
// content's Validate: the problem next to the field it names.
func fieldProblems(err error) form.Problems {
	var fe *content.FieldError
	if errors.As(err, &fe) {
		return form.Problems{fe.Field: {Text: fe.Message}}
	}
	return form.Problems{"": {Text: err.Error()}}
}
