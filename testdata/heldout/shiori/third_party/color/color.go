// Package color is a tiny stand-in for github.com/fatih/color.
package color

import "fmt"

// Attribute is a color attribute.
type Attribute int

// Attributes used.
const (
	FgHiRed Attribute = iota + 91
	FgHiCyan
)

// Color prints colored text.
type Color struct{}

// New returns a color.
func New(value ...Attribute) *Color { return &Color{} }

// Printf prints.
func (c *Color) Printf(format string, a ...interface{}) { fmt.Printf(format, a...) }

// Println prints.
func (c *Color) Println(a ...interface{}) { fmt.Println(a...) }
