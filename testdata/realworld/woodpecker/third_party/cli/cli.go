// Package cli is a stand-in for github.com/urfave/cli/v3 with only the flag
// getters the reproduced setup code uses.
package cli

// Command is cli.Command.
type Command struct {
	Strings map[string]string
	Bools   map[string]bool
}

func (c *Command) String(name string) string { return c.Strings[name] }

func (c *Command) Bool(name string) bool { return c.Bools[name] }
