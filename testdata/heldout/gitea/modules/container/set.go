// Package container is trimmed from code.gitea.io/gitea/modules/container.
package container

// Set is a set of comparable values
type Set[T comparable] map[T]struct{}

// Add adds the specified element to a set.
func (s Set[T]) Add(value T) bool {
	if _, has := s[value]; !has {
		s[value] = struct{}{}
		return true
	}
	return false
}

// AddMultiple adds the specified elements to a set.
func (s Set[T]) AddMultiple(values ...T) {
	for _, value := range values {
		s.Add(value)
	}
}

// Remove removes the specified element.
func (s Set[T]) Remove(value T) bool {
	if _, has := s[value]; has {
		delete(s, value)
		return true
	}
	return false
}
