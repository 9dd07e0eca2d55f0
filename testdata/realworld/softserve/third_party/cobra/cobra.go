// Package cobra is a minimal stand-in for github.com/spf13/cobra.
package cobra

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
)

// PositionalArgs validates positional arguments.
type PositionalArgs func(cmd *Command, args []string) error

// Command is a CLI command.
type Command struct {
	Use               string
	Aliases           []string
	Short             string
	Long              string
	Hidden            bool
	Args              PositionalArgs
	PersistentPreRunE func(cmd *Command, args []string) error
	RunE              func(cmd *Command, args []string) error

	ctx      context.Context
	commands []*Command
}

// Context returns the command context.
func (c *Command) Context() context.Context {
	if c.ctx == nil {
		return context.Background()
	}
	return c.ctx
}

// SetContext sets the command context.
func (c *Command) SetContext(ctx context.Context) { c.ctx = ctx }

// AddCommand adds sub-commands.
func (c *Command) AddCommand(cmds ...*Command) { c.commands = append(c.commands, cmds...) }

// InOrStdin returns stdin.
func (c *Command) InOrStdin() io.Reader { return os.Stdin }

// OutOrStdout returns stdout.
func (c *Command) OutOrStdout() io.Writer { return os.Stdout }

// ErrOrStderr returns stderr.
func (c *Command) ErrOrStderr() io.Writer { return os.Stderr }

// Name returns the command name (the first word of Use).
func (c *Command) Name() string {
	name := c.Use
	if i := strings.Index(name, " "); i >= 0 {
		name = name[:i]
	}
	return name
}

// Println prints a line.
func (c *Command) Println(i ...interface{}) { fmt.Fprintln(os.Stdout, i...) }

// ExactArgs requires n args.
func ExactArgs(n int) PositionalArgs {
	return func(_ *Command, args []string) error {
		if len(args) != n {
			return fmt.Errorf("accepts %d arg(s), received %d", n, len(args))
		}
		return nil
	}
}

// RangeArgs requires min..max args.
func RangeArgs(min, max int) PositionalArgs {
	return func(_ *Command, args []string) error {
		if len(args) < min || len(args) > max {
			return fmt.Errorf("accepts between %d and %d arg(s), received %d", min, max, len(args))
		}
		return nil
	}
}

// MinimumNArgs requires at least n args.
func MinimumNArgs(n int) PositionalArgs {
	return func(_ *Command, args []string) error {
		if len(args) < n {
			return fmt.Errorf("requires at least %d arg(s), only received %d", n, len(args))
		}
		return nil
	}
}
