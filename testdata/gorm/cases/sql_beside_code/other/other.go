// Package other is another service of the module, with its own database.
package other

// Name names it.
const Name = "other"

// Open opens its database.
func Open() string { return Name }
