package rest

// ErrorBody is every error answer: {"error": {"code", "message", "field"}}.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what went wrong: a machine-readable code, words for a
// person, and the field at fault when there is one (a JSON path such as
// "title.en" or "slides[2].media").
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}
