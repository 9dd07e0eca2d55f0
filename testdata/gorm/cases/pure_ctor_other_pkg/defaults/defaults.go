package defaults

import "strings"

// Config is built, not stored.
type Config struct {
	Theme string
	Lang  string
}

// For builds a default configuration; it writes nothing.
func For(user string) Config {
	return Config{Theme: "light", Lang: strings.ToLower("EN")}
}
