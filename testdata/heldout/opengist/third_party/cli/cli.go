// Package cli is a minimal stand-in for github.com/urfave/cli/v2.
package cli

// Flag is a stand-in for cli.Flag.
type Flag interface{ flagName() string }

// StringFlag is a stand-in for cli.StringFlag.
type StringFlag struct {
	Name    string
	Aliases []string
	Usage   string
}

func (f *StringFlag) flagName() string { return f.Name }

// BoolFlag is a stand-in for cli.BoolFlag.
type BoolFlag struct {
	Name  string
	Usage string
}

func (f *BoolFlag) flagName() string { return f.Name }

// Args is a stand-in for cli.Args.
type Args []string

// Get returns the n-th argument.
func (a Args) Get(n int) string {
	if n < len(a) {
		return a[n]
	}
	return ""
}

// Context is a stand-in for cli.Context.
type Context struct {
	strings map[string]string
	bools   map[string]bool
	args    Args
}

// String returns a string flag.
func (c *Context) String(name string) string { return c.strings[name] }

// Bool returns a bool flag.
func (c *Context) Bool(name string) bool { return c.bools[name] }

// NArg returns the number of positional arguments.
func (c *Context) NArg() int { return len(c.args) }

// Args returns the positional arguments.
func (c *Context) Args() Args { return c.args }

// Command is a stand-in for cli.Command.
type Command struct {
	Name        string
	Usage       string
	ArgsUsage   string
	Flags       []Flag
	Subcommands []*Command
	Action      func(ctx *Context) error
}
