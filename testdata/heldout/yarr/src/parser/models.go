// Package parser reproduces the part of src/parser of nkanaev/yarr used by
// the worker (models.go verbatim, ParseAndFix trimmed in feed.go).
package parser

import "time"

type Feed struct {
	Title   string
	SiteURL string
	Items   []Item
}

type Item struct {
	GUID  string
	Date  time.Time
	URL   string
	Title string

	Content    string
	MediaLinks []MediaLink
}

type MediaLink struct {
	URL         string
	Type        string
	Description string
}
