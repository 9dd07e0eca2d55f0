package timespan

import (
	"context"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// CreateTimeSpan reproduces timespan/create.go:12 (lookup :18 -> tagcheck.go:18,
// insert :22).
func (r *ResolverForTimeSpan) CreateTimeSpan(ctx context.Context, start model.Time, end *model.Time, tags []*gqlmodel.InputTimeSpanTag, note string) (*gqlmodel.TimeSpan, error) {
	timeSpan, err := timespanToInternal(auth.GetUser(ctx).ID, start, end, tags, note)
	if err != nil {
		return nil, err
	}

	if err := tagsExist(r.DB, auth.GetUser(ctx).ID, timeSpan.Tags); err != nil { // safe: existence check of the referenced tag definitions (not found is an error); the insert is of another model (TimeSpan, fresh auto-increment id, with its tags)
		return nil, err
	}

	r.DB.Create(&timeSpan)

	external := timeSpanToExternal(timeSpan)
	return external, nil
}
