package compiler

import "context"

const key = "compiler"

// FromContext returns the compiler Engine associated with this context
// (compiler/context.go).
func FromContext(c context.Context) Engine {
	v := c.Value(key)
	if v == nil {
		return nil
	}

	e, ok := v.(Engine)
	if !ok {
		return nil
	}

	return e
}
