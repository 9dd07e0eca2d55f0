// Package util is a reduced copy of internal/util.
package util

// DoOnce is internal/util/sync.go:21.
func DoOnce(fn func()) func() {
	var once int32
	return func() {
		if once == 0 {
			fn()
			once = 1
		}
	}
}

// Ptr is internal/util/ptr.go.
func Ptr[T any](t T) *T { return &t }

// PtrOrZero is internal/util/ptr.go.
func PtrOrZero[T any](t *T) T {
	if t == nil {
		var z T
		return z
	}
	return *t
}
