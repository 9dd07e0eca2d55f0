// Package htmlutil reproduces the part of yarr's src/content/htmlutil used by
// the storage layer (ExtractText, registered as the SQLite function strip_html
// and used for the PostgreSQL search vector), trimmed: upstream walks the
// parsed HTML tree (src/content/htmlutil/utils.go).
package htmlutil

import "strings"

// ExtractText reproduces src/content/htmlutil/utils.go ExtractText (trimmed:
// drops tags without parsing).
func ExtractText(content string) string {
	var b strings.Builder
	inTag := false
	for _, r := range content {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
