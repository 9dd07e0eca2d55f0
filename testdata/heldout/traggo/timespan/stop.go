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

// StopTimeSpan reproduces timespan/stop.go:13 (lookup :16, tag delete :28, save :29).
func (r *ResolverForTimeSpan) StopTimeSpan(ctx context.Context, id int, end model.Time) (*gqlmodel.TimeSpan, error) {
	old := &model.TimeSpan{ID: id}

	if errors.Is(r.DB.Preload("Tags").Where("user_id = ?", auth.GetUser(ctx).ID).Take(old).Error, gorm.ErrRecordNotFound) { // safe: the lookup by primary key guards an update of the found span (not found is an error); Save writes it back under its id
		return nil, fmt.Errorf("time span with id %d does not exist", id)
	}

	if old.EndUTC != nil {
		return nil, fmt.Errorf("timespan with id %d has already an end date", id)
	}

	utc := end.UTC()
	old.EndUTC = &utc
	userTime := end.OmitTimeZone()
	old.EndUserTime = &userTime
	r.DB.Where("time_span_id = ?", old.ID).Delete(new(model.TimeSpanTag))
	r.DB.Save(old)

	external := timeSpanToExternal(*old)
	return external, nil
}
