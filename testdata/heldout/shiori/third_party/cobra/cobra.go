// Package cobra is a tiny stand-in for github.com/spf13/cobra.
package cobra

import "context"

// FlagSet is the subset of pflag.FlagSet used.
type FlagSet struct {
	changed map[string]bool
}

// Changed reports whether the flag was set.
func (f *FlagSet) Changed(name string) bool { return f.changed[name] }

// Command is a CLI command.
type Command struct {
	ctx   context.Context
	flags FlagSet
}

// Context returns the command's context.
func (c *Command) Context() context.Context {
	if c.ctx == nil {
		return context.Background()
	}
	return c.ctx
}

// Flags returns the flag set.
func (c *Command) Flags() *FlagSet { return &c.flags }
