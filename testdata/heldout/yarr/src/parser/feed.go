package parser

import (
	"encoding/xml"
	"io"
)

// ParseAndFix reproduces src/parser/feed.go:116, trimmed: upstream sniffs
// the format (RSS, Atom, RDF, JSON Feed), decodes the charset and fixes
// relative links; this only reads RSS 2.0 items.
func ParseAndFix(r io.Reader, baseURL, fallbackEncoding string) (*Feed, error) {
	var doc struct {
		Channel struct {
			Title string `xml:"title"`
			Link  string `xml:"link"`
			Items []struct {
				GUID  string `xml:"guid"`
				Title string `xml:"title"`
				Link  string `xml:"link"`
				Desc  string `xml:"description"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, err
	}
	feed := &Feed{Title: doc.Channel.Title, SiteURL: doc.Channel.Link}
	for _, it := range doc.Channel.Items {
		feed.Items = append(feed.Items, Item{GUID: it.GUID, URL: it.Link, Title: it.Title, Content: it.Desc})
	}
	return feed, nil
}
