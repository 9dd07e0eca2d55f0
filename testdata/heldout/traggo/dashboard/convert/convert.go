// Package convert reproduces github.com/traggo/server/dashboard/convert, trimmed to
// the functions the reproduced resolvers call (dashboard.go, dashboardtag.go,
// entry.go, entrytype.go, interval.go, position.go, range.go upstream); the
// conversions are simplified, as they are unrelated to the sites.
package convert

import (
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// ToExternalDashboard reproduces dashboard/convert/dashboard.go:22 (trimmed).
func ToExternalDashboard(dashboard model.Dashboard) (*gqlmodel.Dashboard, error) {
	return &gqlmodel.Dashboard{
		ID:   dashboard.ID,
		Name: dashboard.Name,
	}, nil
}

// TagFiltersToInternal reproduces dashboard/convert/dashboardtag.go:27.
func TagFiltersToInternal(gqls []*gqlmodel.InputTimeSpanTag, include bool) []model.DashboardTagFilter {
	result := make([]model.DashboardTagFilter, 0)
	for _, tag := range gqls {
		result = append(result, model.DashboardTagFilter{
			Key:         tag.Key,
			StringValue: tag.Value,
			Include:     include,
		})
	}
	return result
}

// ToExternalEntry reproduces dashboard/convert/entry.go:22 (trimmed).
func ToExternalEntry(entry model.DashboardEntry) (*gqlmodel.DashboardEntry, error) {
	return &gqlmodel.DashboardEntry{
		ID:        entry.ID,
		Title:     entry.Title,
		Total:     entry.Total,
		EntryType: gqlmodel.EntryType(entry.Type),
	}, nil
}

// InternalEntryType reproduces dashboard/convert/entrytype.go:9 (trimmed).
func InternalEntryType(entryType gqlmodel.EntryType) model.DashboardType {
	return model.DashboardType(entryType)
}

// InternalInterval reproduces dashboard/convert/interval.go:9 (trimmed).
func InternalInterval(interval gqlmodel.StatsInterval) model.Interval {
	return model.Interval(interval)
}

// EmptyPos reproduces dashboard/convert/position.go:35 (trimmed).
func EmptyPos() string {
	return `{"version":"v1","h":0,"w":0,"x":0,"y":0}`
}

// ApplyPos reproduces dashboard/convert/position.go:70 (trimmed: positions are not encoded).
func ApplyPos(entry *model.DashboardEntry, pos *gqlmodel.InputResponsiveDashboardEntryPos) error {
	if pos == nil {
		return nil
	}
	return nil
}

// ToExternalDashboardRange reproduces dashboard/convert/range.go:20.
func ToExternalDashboardRange(xrange model.DashboardRange) *gqlmodel.NamedDateRange {
	return &gqlmodel.NamedDateRange{
		ID:       xrange.ID,
		Name:     xrange.Name,
		Editable: xrange.Editable,
		Range: &gqlmodel.RelativeOrStaticRange{
			From: xrange.From,
			To:   xrange.To,
		},
	}
}

// ToInternalDashboardRange reproduces dashboard/convert/range.go:33 (trimmed: the
// range expressions are not validated).
func ToInternalDashboardRange(xrange gqlmodel.InputNamedDateRange) (model.DashboardRange, error) {
	return model.DashboardRange{
		Editable: xrange.Editable,
		From:     xrange.Range.From,
		To:       xrange.Range.To,
		Name:     xrange.Name,
	}, nil
}
