// Package tags is a reduced copy of internal/processing/tags.
package tags

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/state"
)

// Processor is internal/processing/tags/tags.go (fields trimmed).
type Processor struct {
	state *state.State
}

// Follow follows the tag with the given name as the given account.
// If there is no tag with that name, it creates a tag.
//
// internal/processing/tags/follow.go:33 (POST /api/v1/tags/{name}/follow):
// GetTagByName (:39), then PutTag (:52); the followed_tags insert after it
// is ON CONFLICT DO NOTHING.
func (p *Processor) Follow(
	ctx context.Context,
	account *gtsmodel.Account,
	name string,
) (*apimodel.Tag, gtserror.WithCode) {
	// Try to get an existing tag with that name.
	tag, err := p.state.DB.GetTagByName(ctx, name) // race
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		return nil, gtserror.NewErrorInternalError(
			gtserror.Newf("DB error getting tag with name %s: %w", name, err),
		)
	}

	// If there is no such tag, create it.
	if tag == nil {
		tag = &gtsmodel.Tag{
			ID:   id.NewULID(),
			Name: name,
		}
		if err := p.state.DB.PutTag(ctx, tag); err != nil {
			return nil, gtserror.NewErrorInternalError(
				gtserror.Newf("DB error creating tag with name %s: %w", name, err),
			)
		}
	}

	// Follow the tag.
	if err := p.state.DB.PutFollowedTag(ctx, account.ID, tag.ID); err != nil {
		return nil, gtserror.NewErrorInternalError(
			gtserror.Newf("DB error following tag %s: %w", tag.ID, err),
		)
	}

	return &apimodel.Tag{Name: tag.Name, Following: true}, nil
}
