// Package nfydest is a trimmed reproduction of goalert's
// notification/nfydest package (the in-memory registry of destination
// types). It does not access the database.
package nfydest

import (
	"context"

	"example.com/heldout/goalert/gadb"
)

// Registry reproduces nfydest.Registry (trimmed).
type Registry struct{}

// TypeInfo reproduces nfydest.TypeInfo (trimmed).
type TypeInfo struct {
	Name                  string
	EPTarget              bool
	SchedOnCallNotify     bool
	SupportsStatusUpdates bool
	StatusUpdatesRequired bool
}

// IsEPTarget reproduces TypeInfo.IsEPTarget.
func (t TypeInfo) IsEPTarget() bool { return t.EPTarget }

// IsSchedOnCallNotify reproduces TypeInfo.IsSchedOnCallNotify.
func (t TypeInfo) IsSchedOnCallNotify() bool { return t.SchedOnCallNotify }

// DisplayInfo reproduces nfydest.DisplayInfo (trimmed).
type DisplayInfo struct {
	Text string
}

// TypeInfo returns the type info for a destination type.
func (r *Registry) TypeInfo(ctx context.Context, typeID string) (*TypeInfo, error) {
	return &TypeInfo{Name: typeID, EPTarget: true, SchedOnCallNotify: true}, nil
}

// ValidateDest validates a destination.
func (r *Registry) ValidateDest(ctx context.Context, d gadb.DestV1) error { return nil }

// DisplayInfo returns the display info for a destination.
func (r *Registry) DisplayInfo(ctx context.Context, d gadb.DestV1) (*DisplayInfo, error) {
	return &DisplayInfo{Text: d.String()}, nil
}

// IsDynamicAction reports whether the type supports dynamic actions.
func (r *Registry) IsDynamicAction(ctx context.Context, typeID string) (bool, error) {
	return true, nil
}
