package timespan

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
	"gorm.io/gorm"
)

// UpdateTimeSpan reproduces timespan/update.go:14 (lookup :21, tag delete :31, save :32).
func (r *ResolverForTimeSpan) UpdateTimeSpan(ctx context.Context, id int, start model.Time, end *model.Time, tags []*gqlmodel.InputTimeSpanTag, oldStart *model.Time, note string) (*gqlmodel.TimeSpan, error) {
	timeSpan, err := timespanToInternal(auth.GetUser(ctx).ID, start, end, tags, note)
	if err != nil {
		return nil, err
	}

	oldTimeSpan := model.TimeSpan{ID: id}
	if errors.Is(r.DB.Where("user_id = ?", auth.GetUser(ctx).ID).Take(&oldTimeSpan).Error, gorm.ErrRecordNotFound) { // safe: the lookup by primary key guards an update (not found is an error); Save writes the span back under its id
		return nil, fmt.Errorf("time span with id %d does not exist", id)
	}

	if err := tagsExist(r.DB, auth.GetUser(ctx).ID, timeSpan.Tags); err != nil {
		return nil, err
	}

	timeSpan.ID = id

	r.DB.Where("time_span_id = ?", timeSpan.ID).Delete(new(model.TimeSpanTag))
	r.DB.Save(&timeSpan)

	external := timeSpanToExternal(timeSpan)
	if oldStart == nil {
		location := time.FixedZone("unknown", oldTimeSpan.OffsetUTC)
		old := model.Time(oldTimeSpan.StartUTC.In(location))
		oldStart = &old
	}
	external.OldStart = oldStart
	return external, nil
}
