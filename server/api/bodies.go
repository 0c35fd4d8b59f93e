package api

// The store's types carry no JSON: each resource's handlers map them onto
// app/rest's bodies with one function (userBody, screenBody, …), next to
// the handlers, so what a client sees is decided here and nowhere else.

// bodies maps each of xs with body. A nil slice stays nil (JSON null), an
// empty one empty ([]), as the store returned it.
func bodies[S, T any](xs []S, body func(S) T) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = body(x)
	}
	return out
}
