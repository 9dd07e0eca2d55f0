// Package site reproduces site/site.go (the telemetry item written when the
// first HTML page is served).
package site

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/database/dbauthz"
	"example.com/realworld/coder/third_party/slog"
)

// TelemetryItemKeyHTMLFirstServedAt is telemetry.TelemetryItemKeyHTMLFirstServedAt.
const TelemetryItemKeyHTMLFirstServedAt = "html_first_served_at"

// Options are the site handler options used here.
type Options struct {
	Database database.Store
	Logger   slog.Logger
}

// Handler serves the dashboard.
type Handler struct {
	opts *Options
}

// reportHTMLFirstServedAt sends a telemetry report when the first HTML is ever served.
// The purpose is to track the first time the first user opens the site.
//
// Reproduces site/site.go (*Handler).reportHTMLFirstServedAt (stored
// version, index id 26296462768; site/ is outside coderd/ but uses the same
// dbauthz-wrapped Store): GetTelemetryItem -> sql.ErrNoRows ->
// InsertTelemetryItemIfNotExists, an INSERT ... ON CONFLICT (key) DO NOTHING.
func (h *Handler) reportHTMLFirstServedAt() {
	// nolint:gocritic // Manipulating telemetry items is system-restricted.
	ctx := dbauthz.AsSystemRestricted(context.Background())
	itemKey := TelemetryItemKeyHTMLFirstServedAt
	_, err := h.opts.Database.GetTelemetryItem(ctx, itemKey) // safe: the insert is InsertTelemetryItemIfNotExists, INSERT ... ON CONFLICT (key) DO NOTHING on telemetry_items_pkey, and the winner's row is re-read below
	if err == nil {
		// If the value is already set, then we reported it before.
		// We don't need to report it again.
		return
	}
	if !errors.Is(err, sql.ErrNoRows) {
		h.opts.Logger.Debug(ctx, "failed to get telemetry html first served at", slog.Error(err))
		return
	}
	if err := h.opts.Database.InsertTelemetryItemIfNotExists(ctx, database.InsertTelemetryItemIfNotExistsParams{
		Key:   TelemetryItemKeyHTMLFirstServedAt,
		Value: time.Now().Format(time.RFC3339),
	}); err != nil {
		h.opts.Logger.Debug(ctx, "failed to set telemetry html first served at", slog.Error(err))
		return
	}
	item, err := h.opts.Database.GetTelemetryItem(ctx, itemKey)
	if err != nil {
		h.opts.Logger.Debug(ctx, "failed to get telemetry html first served at", slog.Error(err))
		return
	}
	// Upstream reports the item: h.opts.Telemetry.Report(...).
	_ = item
}
