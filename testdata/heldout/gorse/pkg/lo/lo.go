// Package lo is a minimal stand-in for github.com/samber/lo v1.53.0
// (Map, Contains, Tuple3).
package lo

// Map mirrors lo.Map.
func Map[T any, R any](collection []T, iteratee func(item T, index int) R) []R {
	result := make([]R, len(collection))
	for i, item := range collection {
		result[i] = iteratee(item, i)
	}
	return result
}

// Contains mirrors lo.Contains.
func Contains[T comparable](collection []T, element T) bool {
	for _, item := range collection {
		if item == element {
			return true
		}
	}
	return false
}

// Tuple3 mirrors lo.Tuple3.
type Tuple3[A any, B any, C any] struct {
	A A
	B B
	C C
}
