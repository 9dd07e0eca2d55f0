// Package store is the repository layer over the Prisma client: the
// service above it never calls the client itself.
package store

import (
	"context"

	"example.com/prismacases/db"
)

// Settings is what the service needs from a settings store.
type Settings interface {
	ByUser(ctx context.Context, userID string) (*db.AccessibilitySettingsModel, error)
	Create(ctx context.Context, userID string, highContrast bool) (*db.AccessibilitySettingsModel, error)
}

// Repo is the Prisma implementation.
type Repo struct{ Client *db.PrismaClient }

// ByUser returns the user's settings, or db.ErrNotFound.
func (r *Repo) ByUser(ctx context.Context, userID string) (*db.AccessibilitySettingsModel, error) {
	return r.Client.AccessibilitySettings.FindUnique(db.AccessibilitySettings.UserID.Equals(userID)).Exec(ctx)
}

// Create inserts the user's settings.
func (r *Repo) Create(ctx context.Context, userID string, highContrast bool) (*db.AccessibilitySettingsModel, error) {
	return r.Client.AccessibilitySettings.CreateOne(
		db.AccessibilitySettings.UserID.Set(userID),
		db.AccessibilitySettings.HighContrast.Set(highContrast),
	).Exec(ctx)
}

// Cached is a second implementation: the same queries, through a client
// it keeps for reads and writes alike.
type Cached struct{ DB *db.PrismaClient }

// ByUser returns the user's settings, or db.ErrNotFound.
func (c Cached) ByUser(ctx context.Context, userID string) (*db.AccessibilitySettingsModel, error) {
	return c.DB.AccessibilitySettings.FindUnique(db.AccessibilitySettings.UserID.Equals(userID)).Exec(ctx)
}

// Create inserts the user's settings.
func (c Cached) Create(ctx context.Context, userID string, highContrast bool) (*db.AccessibilitySettingsModel, error) {
	return c.DB.AccessibilitySettings.CreateOne(
		db.AccessibilitySettings.UserID.Set(userID),
		db.AccessibilitySettings.HighContrast.Set(highContrast),
	).Exec(ctx)
}
