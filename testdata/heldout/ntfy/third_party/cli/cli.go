// Package cli is a stand-in for the subset of github.com/urfave/cli/v2 used by ntfy's commands.
package cli

import "io"

// App is the CLI application.
type App struct {
	ErrWriter io.Writer
}

// Args are the positional arguments.
type Args []string

// Get returns the n-th argument or "".
func (a Args) Get(n int) string {
	if n < len(a) {
		return a[n]
	}
	return ""
}

// Context is the context of a command invocation.
type Context struct {
	App     *App
	args    Args
	strings map[string]string
	bools   map[string]bool
	ints    map[string]int64
}

// Args returns the positional arguments.
func (c *Context) Args() Args { return c.args }

// String returns a string flag.
func (c *Context) String(name string) string { return c.strings[name] }

// Bool returns a bool flag.
func (c *Context) Bool(name string) bool { return c.bools[name] }

// Int64 returns an int64 flag.
func (c *Context) Int64(name string) int64 { return c.ints[name] }
