// Package gqlmodel is a stand-in for github.com/traggo/server/generated/gqlmodel,
// the models that github.com/99designs/gqlgen (v0.17.85 upstream) generates from
// schema.graphql into generated/gqlmodel/generated.go (gqlgen.yml; the package is
// not committed upstream). Only the types and fields the reproduced resolvers use.
package gqlmodel

import "example.com/heldout/traggo/model"

// TagDefinition is the GraphQL TagDefinition.
type TagDefinition struct {
	Key    string `json:"key"`
	Color  string `json:"color"`
	Usages int    `json:"usages"`
}

// User is the GraphQL User.
type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Admin bool   `json:"admin"`
}

// DeviceType is the GraphQL enum DeviceType.
type DeviceType string

// DeviceType values.
const (
	DeviceTypeShortExpiry DeviceType = "ShortExpiry"
	DeviceTypeLongExpiry  DeviceType = "LongExpiry"
	DeviceTypeNoExpiry    DeviceType = "NoExpiry"
)

// Device is the GraphQL Device.
type Device struct {
	ID        int        `json:"id"`
	Name      string     `json:"name"`
	Type      DeviceType `json:"type"`
	CreatedAt model.Time `json:"createdAt"`
	ActiveAt  model.Time `json:"activeAt"`
}

// Login is the GraphQL Login.
type Login struct {
	User   *User   `json:"user"`
	Device *Device `json:"device"`
	Token  string  `json:"token"`
}

// Theme is the GraphQL enum Theme.
type Theme string

func (e Theme) String() string { return string(e) }

// DateLocale is the GraphQL enum DateLocale.
type DateLocale string

func (e DateLocale) String() string { return string(e) }

// WeekDay is the GraphQL enum WeekDay.
type WeekDay string

func (e WeekDay) String() string { return string(e) }

// DateTimeInputStyle is the GraphQL enum DateTimeInputStyle.
type DateTimeInputStyle string

func (e DateTimeInputStyle) String() string { return string(e) }

// UserSettings is the GraphQL UserSettings.
type UserSettings struct {
	Theme              Theme              `json:"theme"`
	DateLocale         DateLocale         `json:"dateLocale"`
	FirstDayOfTheWeek  WeekDay            `json:"firstDayOfTheWeek"`
	DateTimeInputStyle DateTimeInputStyle `json:"dateTimeInputStyle"`
}

// InputUserSettings is the GraphQL input InputUserSettings.
type InputUserSettings struct {
	Theme              Theme              `json:"theme"`
	DateLocale         DateLocale         `json:"dateLocale"`
	FirstDayOfTheWeek  WeekDay            `json:"firstDayOfTheWeek"`
	DateTimeInputStyle DateTimeInputStyle `json:"dateTimeInputStyle"`
}

// TimeSpanTag is the GraphQL TimeSpanTag.
type TimeSpanTag struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// InputTimeSpanTag is the GraphQL input InputTimeSpanTag.
type InputTimeSpanTag struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// TimeSpan is the GraphQL TimeSpan.
type TimeSpan struct {
	ID       int            `json:"id"`
	Start    model.Time     `json:"start"`
	End      *model.Time    `json:"end"`
	Tags     []*TimeSpanTag `json:"tags"`
	OldStart *model.Time    `json:"oldStart"`
	Note     string         `json:"note"`
}

// RelativeOrStaticRange is the GraphQL RelativeOrStaticRange.
type RelativeOrStaticRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// InputRelativeOrStaticRange is the GraphQL input InputRelativeOrStaticRange.
type InputRelativeOrStaticRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// NamedDateRange is the GraphQL NamedDateRange.
type NamedDateRange struct {
	ID       int                    `json:"id"`
	Name     string                 `json:"name"`
	Editable bool                   `json:"editable"`
	Range    *RelativeOrStaticRange `json:"range"`
}

// InputNamedDateRange is the GraphQL input InputNamedDateRange.
type InputNamedDateRange struct {
	Name     string                      `json:"name"`
	Editable bool                        `json:"editable"`
	Range    *InputRelativeOrStaticRange `json:"range"`
}

// EntryType is the GraphQL enum EntryType.
type EntryType string

// StatsInterval is the GraphQL enum StatsInterval.
type StatsInterval string

// InputStatsSelection is the GraphQL input InputStatsSelection.
type InputStatsSelection struct {
	Interval    StatsInterval               `json:"interval"`
	Tags        []string                    `json:"tags"`
	ExcludeTags []*InputTimeSpanTag         `json:"excludeTags"`
	IncludeTags []*InputTimeSpanTag         `json:"includeTags"`
	Range       *InputRelativeOrStaticRange `json:"range"`
	RangeID     *int                        `json:"rangeId"`
}

// InputDashboardEntryPos is the GraphQL input InputDashboardEntryPos.
type InputDashboardEntryPos struct {
	W int `json:"w"`
	H int `json:"h"`
	X int `json:"x"`
	Y int `json:"y"`
}

// InputResponsiveDashboardEntryPos is the GraphQL input InputResponsiveDashboardEntryPos.
type InputResponsiveDashboardEntryPos struct {
	Desktop *InputDashboardEntryPos `json:"desktop"`
	Mobile  *InputDashboardEntryPos `json:"mobile"`
}

// DashboardEntry is the GraphQL DashboardEntry.
type DashboardEntry struct {
	ID        int       `json:"id"`
	Title     string    `json:"title"`
	Total     bool      `json:"total"`
	EntryType EntryType `json:"entryType"`
}

// Dashboard is the GraphQL Dashboard.
type Dashboard struct {
	ID     int               `json:"id"`
	Name   string            `json:"name"`
	Items  []*DashboardEntry `json:"items"`
	Ranges []*NamedDateRange `json:"ranges"`
}
