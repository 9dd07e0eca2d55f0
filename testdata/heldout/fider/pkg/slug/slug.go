// Package slug is a minimal stand-in for github.com/gosimple/slug (same API shape:
// slug.Make). Like the real package (slug.Lowercase = true by default) it
// lower-cases the text and joins runs of letters/digits with "-".
package slug

import (
	"strings"
	"unicode"
)

// Make returns slug generated from provided string.
func Make(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}
