package entry

import (
	"context"
	"errors"
	"strings"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/dashboard/convert"
	"example.com/heldout/traggo/dashboard/util"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// AddDashboardEntry reproduces dashboard/entry/add.go:20 (lookups :23 and :56 ->
// util/dashboard.go:13 and :24, insert :72; the range expression validation
// :62-67 is trimmed).
func (r *ResolverForEntry) AddDashboardEntry(ctx context.Context, dashboardID int, entryType gqlmodel.EntryType, title string, total bool, stats gqlmodel.InputStatsSelection, pos *gqlmodel.InputResponsiveDashboardEntryPos) (*gqlmodel.DashboardEntry, error) {
	userID := auth.GetUser(ctx).ID

	if _, err := util.FindDashboard(r.DB, userID, dashboardID); err != nil { // safe: ownership check of the parent dashboard (not found is an error); the insert is of another model (DashboardEntry, zero id so Save inserts with a fresh auto-increment id)
		return nil, err
	}

	tagFilters := convert.TagFiltersToInternal(stats.ExcludeTags, false)
	tagFilters = append(tagFilters, convert.TagFiltersToInternal(stats.IncludeTags, true)...)

	if err := tagsDuplicates(tagFilters); err != nil {
		return nil, err
	}

	entry := model.DashboardEntry{
		Keys:            strings.Join(stats.Tags, ","),
		Type:            convert.InternalEntryType(entryType),
		Title:           title,
		Total:           total,
		DashboardID:     dashboardID,
		Interval:        convert.InternalInterval(stats.Interval),
		MobilePosition:  convert.EmptyPos(),
		DesktopPosition: convert.EmptyPos(),
		RangeID:         -1,
		TagFilters:      tagFilters,
	}

	if len(stats.Tags) == 0 {
		return nil, errors.New("at least one tag is required")
	}

	if err := convert.ApplyPos(&entry, pos); err != nil {
		return &gqlmodel.DashboardEntry{}, err
	}

	if stats.RangeID != nil {
		if _, err := util.FindDashboardRange(r.DB, *stats.RangeID); err != nil {
			return nil, err
		}
		entry.RangeID = *stats.RangeID
	} else if stats.Range != nil {
		entry.RangeID = model.NoRangeIDDefined
		entry.RangeFrom = stats.Range.From
		entry.RangeTo = stats.Range.To
	}

	if err := r.DB.Save(&entry).Error; err != nil {
		return nil, err
	}

	return convert.ToExternalEntry(entry)
}
