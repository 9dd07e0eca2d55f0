package timespan

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
	"gorm.io/gorm"
)

// CopyTimeSpan reproduces timespan/copy.go:13 (lookup :16, insert via
// CreateTimeSpan :20).
func (r *ResolverForTimeSpan) CopyTimeSpan(ctx context.Context, id int, start model.Time, end *model.Time) (*gqlmodel.TimeSpan, error) {
	old := &model.TimeSpan{ID: id}

	if errors.Is(r.DB.Preload("Tags").Where("user_id = ?", auth.GetUser(ctx).ID).Take(old).Error, gorm.ErrRecordNotFound) { // safe: not found is an error; the found span is copied into a new TimeSpan with a fresh auto-increment id (a copy is wanted on every call)
		return nil, fmt.Errorf("time span with id %d does not exist", id)
	}

	return r.CreateTimeSpan(ctx, start, end, tagsToInputTag(old.Tags), old.Note)
}
