// Package dbx is internal/dbx/string.go.
package dbx

import (
	"fmt"

	"example.com/heldout/gogs/internal/conf"
)

// Quote is like fmt.Sprintf but replaces all occurrences of each arg with its
// quoted form (PostgreSQL only) (internal/dbx/string.go:11).
func Quote(format string, args ...string) string {
	anys := make([]any, len(args))
	for i := range args {
		if conf.UsePostgreSQL {
			anys[i] = `"` + args[i] + `"`
		} else {
			anys[i] = args[i]
		}
	}
	return fmt.Sprintf(format, anys...)
}
