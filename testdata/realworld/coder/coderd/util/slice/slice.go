// Package slice is coderd/util/slice (the helpers used).
package slice

// Contains checks if v is in the slice.
func Contains[T comparable](haystack []T, needle T) bool {
	for _, hay := range haystack {
		if needle == hay {
			return true
		}
	}
	return false
}

// Unique returns a new slice with all duplicate elements removed.
func Unique[T comparable](a []T) []T {
	cpy := make([]T, 0, len(a))
	seen := make(map[T]struct{}, len(a))
	for _, v := range a {
		if _, ok := seen[v]; ok {
			continue
		}
		seen[v] = struct{}{}
		cpy = append(cpy, v)
	}
	return cpy
}

// SymmetricDifference returns the elements that need to be added and removed
// to get from set 'a' to set 'b'.
func SymmetricDifference[T comparable](a, b []T) (add []T, remove []T) {
	for _, v := range b {
		if !Contains(a, v) {
			add = append(add, v)
		}
	}
	for _, v := range a {
		if !Contains(b, v) {
			remove = append(remove, v)
		}
	}
	return Unique(add), Unique(remove)
}
