// Package goquery is a tiny stand-in for github.com/PuerkitoBio/goquery
// (an empty document: enough for the import loops to compile).
package goquery

import "io"

// Selection is a set of nodes.
type Selection struct {
	attrs map[string]string
	text  string
	nodes []*Selection
}

// Document is a parsed HTML document.
type Document struct {
	*Selection
}

// NewDocumentFromReader parses r.
func NewDocumentFromReader(r io.Reader) (*Document, error) {
	return &Document{Selection: &Selection{}}, nil
}

// Find returns the matching descendants.
func (s *Selection) Find(selector string) *Selection { return &Selection{} }

// Each calls f for each node.
func (s *Selection) Each(f func(int, *Selection)) *Selection {
	for i, n := range s.nodes {
		f(i, n)
	}
	return s
}

// Parent returns the parent.
func (s *Selection) Parent() *Selection { return &Selection{} }

// First returns the first node.
func (s *Selection) First() *Selection { return s }

// Text returns the text content.
func (s *Selection) Text() string { return s.text }

// Attr returns an attribute.
func (s *Selection) Attr(name string) (string, bool) {
	v, ok := s.attrs[name]
	return v, ok
}
