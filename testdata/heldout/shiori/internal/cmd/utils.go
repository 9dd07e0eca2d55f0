package cmd

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/third_party/color"
)

// Reproduces internal/cmd/utils.go:20 (reduced).
var (
	cInfo  = color.New(color.FgHiCyan)
	cError = color.New(color.FgHiRed)
)

// normalizeSpace reproduces internal/cmd/utils.go.
func normalizeSpace(str string) string {
	str = strings.TrimSpace(str)
	return strings.Join(strings.Fields(str), " ")
}

// validateTitle reproduces internal/cmd/utils.go:136.
func validateTitle(title, fallback string) string {
	// Normalize spaces before we begin
	title = normalizeSpace(title)
	title = strings.TrimSpace(title)

	// If at this point title already empty, just uses fallback
	if title == "" {
		return fallback
	}

	// Check if it's already valid UTF-8 string
	if valid := utf8.ValidString(title); valid {
		return title
	}

	// Remove invalid runes to get the valid UTF-8 title
	fixUtf := func(r rune) rune {
		if r == utf8.RuneError {
			return -1
		}
		return r
	}
	validUtf := strings.Map(fixUtf, title)

	// If it's empty use fallback string
	if validUtf == "" {
		return fallback
	}

	return validUtf
}

// printBookmarks reproduces internal/cmd/print.go (reduced).
func printBookmarks(bookmarks ...model.BookmarkDTO) {
	for _, book := range bookmarks {
		fmt.Println(book.ID, book.Title, book.URL)
	}
}
