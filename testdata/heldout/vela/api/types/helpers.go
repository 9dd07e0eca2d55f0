package types

// val returns *p or the zero value (the upstream getters' nil handling).
func val[T any](p *T) T {
	if p == nil {
		var z T

		return z
	}

	return *p
}
