package client

// The HTTP methods and statuses the client uses, spelled out here:
// importing net/http for its constants alone would put that package's
// initialisation (TLS, x509, HTTP/2 tables) into the wasm of every
// screen. tools/wasmmod checks that net/http stays out.
const (
	methodGet    = "GET"
	methodPost   = "POST"
	methodPut    = "PUT"
	methodDelete = "DELETE"

	statusUnprocessableEntity = 422
)
