// Package text is a reduced copy of internal/text: the hashtag handling of
// the goldmark renderer that formats every local status (processing/status
// create and edit -> text.Formatter.FromMarkdown -> customRenderer).
package text

import (
	"context"
	"errors"
	"strings"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/log"
)

// FormatResult is internal/text/formatter.go (fields trimmed).
type FormatResult struct {
	HTML string
	Tags []*gtsmodel.Tag
}

// customRenderer is internal/text/goldmark_custom_renderer.go:57 (mention
// and emoji fields trimmed).
type customRenderer struct {
	ctx       context.Context
	db        db.DB
	accountID string
	statusID  string
	emojiOnly bool
	result    *FormatResult
}

// NormalizeHashtag is internal/text/normalize.go (reduced).
func NormalizeHashtag(text string) (string, bool) {
	t := strings.TrimPrefix(text, "#")
	return t, t != ""
}

// handleHashtag takes a string in the form '#SomeHashtag',
// and does the following:
//
//   - Normalize + validate the hashtag.
//   - Get or create hashtag in the db.
//   - Add hashtag to cr.results.Tags slice.
//   - Return hashtag rendered as nice HTML.
//
// If the hashtag is invalid or cannot be retrieved,
// the unaltered input text will be returned instead.
//
// internal/text/goldmark_custom_renderer.go:259: the getOrCreateHashtag
// closure does GetTagByName (:273), then PutTag (:290).
func (cr *customRenderer) handleHashtag(text string) string {
	normalized, ok := NormalizeHashtag(text)
	if !ok {
		// Not a valid hashtag.
		return text
	}

	getOrCreateHashtag := func(name string) (*gtsmodel.Tag, error) {
		var (
			tag *gtsmodel.Tag
			err error
		)

		// Check if we have a tag with this name already.
		tag, err = cr.db.GetTagByName(cr.ctx, name) // race
		if err != nil && !errors.Is(err, db.ErrNoEntries) {
			return nil, gtserror.Newf("db error getting tag %s: %w", name, err)
		}

		if tag != nil {
			// We had it!
			return tag, nil
		}

		// We didn't have a tag with
		// this name, create one.
		tag = &gtsmodel.Tag{
			ID:   id.NewULID(),
			Name: name,
		}

		if err = cr.db.PutTag(cr.ctx, tag); err != nil {
			return nil, gtserror.Newf("db error putting new tag %s: %w", name, err)
		}

		return tag, nil
	}

	tag, err := getOrCreateHashtag(normalized)
	if err != nil {
		log.Errorf(cr.ctx, "error generating hashtags from status: %s", err)
		return text
	}

	// Append tag to result if not done already.
	//
	// This prevents multiple uses of a tag in
	// the same status generating multiple
	// entries for the same tag in result.
	func() {
		for _, t := range cr.result.Tags {
			if tag.ID == t.ID {
				// Already appended.
				return
			}
		}

		// Not appended yet.
		cr.result.Tags = append(cr.result.Tags, tag)
	}()

	var b strings.Builder
	b.WriteString(`<a href="/tags/`)
	b.WriteString(strings.ToLower(normalized))
	b.WriteString(`" class="mention hashtag" rel="tag">#<span>`)
	b.WriteString(normalized)
	b.WriteString(`</span></a>`)

	return b.String()
}
