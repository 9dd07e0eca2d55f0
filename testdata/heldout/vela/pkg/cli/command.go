// Package cli is a minimal stand-in for github.com/urfave/cli/v3 (v3 in
// go-vela/server's go.mod): the flag getters of *cli.Command used by the
// reproduced start-up code.
package cli

import "time"

// Command mirrors the used subset of cli.Command.
type Command struct {
	Strings   map[string]string
	Durations map[string]time.Duration
	Ints      map[string]int64
	Bools     map[string]bool
}

// String returns a string flag.
func (c *Command) String(name string) string { return c.Strings[name] }

// Duration returns a duration flag.
func (c *Command) Duration(name string) time.Duration { return c.Durations[name] }

// Int returns an int flag.
func (c *Command) Int(name string) int64 { return c.Ints[name] }

// Bool returns a bool flag.
func (c *Command) Bool(name string) bool { return c.Bools[name] }
