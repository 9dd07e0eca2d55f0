// Package gofeed is a stand-in for github.com/mmcdole/gofeed (v1.3.0, the version in
// gonic's go.mod), with the same API shape for what gonic's podcast package uses: the
// parsed feed and item types. No database access.
package gofeed

import (
	"errors"
	"time"
)

type Feed struct {
	Title       string
	Description string
	Image       *Image
	ITunesExt   *ITunesFeedExtension
	Items       []*Item
}

type Image struct {
	URL string
}

type ITunesFeedExtension struct {
	Author string
}

type ITunesItemExtension struct {
	Author   string
	Duration string
}

type Enclosure struct {
	URL    string
	Length string
	Type   string
}

type Extension struct {
	Attrs map[string]string
}

type Extensions map[string]map[string][]Extension

type Item struct {
	Title           string
	Description     string
	GUID            string
	PublishedParsed *time.Time
	Enclosures      []*Enclosure
	Extensions      Extensions
	ITunesExt       *ITunesItemExtension
}

type Parser struct{}

func NewParser() *Parser { return &Parser{} }

// ParseURL fetches and parses the feed upstream.
func (p *Parser) ParseURL(feedURL string) (*Feed, error) {
	return nil, errors.New("offline")
}
