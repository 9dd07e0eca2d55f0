package scm

import "context"

const key = "scm"

// FromContext returns the SCM Service associated with this context
// (scm/context.go).
func FromContext(c context.Context) Service {
	v := c.Value(key)
	if v == nil {
		return nil
	}

	s, ok := v.(Service)
	if !ok {
		return nil
	}

	return s
}
