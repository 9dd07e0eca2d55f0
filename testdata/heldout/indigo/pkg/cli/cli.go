// Package cli is a minimal stand-in for github.com/urfave/cli/v3 (not in
// testdata/heldout/go.mod): a Command whose flag values are read by name.
package cli

// Args stands in for cli.Args.
type Args interface {
	Len() int
}

type args []string

func (a args) Len() int { return len(a) }

// Command stands in for cli.Command.
type Command struct {
	Name   string
	Usage  string
	Values map[string]any
	Argv   []string
}

// Args returns the positional arguments.
func (cmd *Command) Args() Args { return args(cmd.Argv) }

// String returns a string flag.
func (cmd *Command) String(name string) string { s, _ := cmd.Values[name].(string); return s }

// Bool returns a bool flag.
func (cmd *Command) Bool(name string) bool { b, _ := cmd.Values[name].(bool); return b }

// Int64 returns an int64 flag.
func (cmd *Command) Int64(name string) int64 { i, _ := cmd.Values[name].(int64); return i }

// StringSlice returns a string-slice flag.
func (cmd *Command) StringSlice(name string) []string { s, _ := cmd.Values[name].([]string); return s }
