package database

import (
	"context"

	"example.com/heldout/vela/pkg/cli"
)

const key = "database"

// Setter defines a context that enables setting values.
type Setter interface {
	Set(any, any)
}

// FromContext returns the database Interface associated with this context
// (database/context.go:22, verbatim).
func FromContext(c context.Context) Interface {
	v := c.Value(key)
	if v == nil {
		return nil
	}

	d, ok := v.(Interface)
	if !ok {
		return nil
	}

	return d
}

// ToContext adds the database Interface to this context if it supports
// the Setter interface.
func ToContext(c Setter, d Interface) {
	c.Set(key, d)
}

// FromCLICommand reproduces database/context.go FromCLICommand (trimmed: the
// stand-in cannot open a connection; see New).
func FromCLICommand(c *cli.Command) (Interface, error) {
	return New(
		WithDriver(c.String("database.driver")),
	)
}
