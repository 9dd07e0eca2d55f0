// Package model reproduces github.com/traggo/server/model verbatim (all.go,
// dashboard.go, device.go, setting.go, tagdefinition.go, time.go, timespan.go,
// user.go): the GORM v1 struct tags are kept as upstream writes them.
package model

// All returns all schema instances.
func All() []interface{} {
	return []interface{}{
		new(TagDefinition),
		new(User),
		new(Device),
		new(TimeSpan),
		new(TimeSpanTag),
		new(UserSetting),
		new(Dashboard),
		new(DashboardEntry),
		new(DashboardTagFilter),
		new(DashboardRange),
	}
}
