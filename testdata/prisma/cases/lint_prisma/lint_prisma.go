// Package lintprisma holds prisma-client-go cases with go/analysis
// expectations, for lint's RunWithSuggestedFixes test (lint/lint_test.go):
// diagnostics, facts, and the fixed file in lint_prisma.go.golden.
package lintprisma

import (
	"context"

	"example.com/prismacases/db"
)

// SettingsFor is fixed.
func SettingsFor(ctx context.Context, client *db.PrismaClient, userID string) (*db.AccessibilitySettingsModel, error) { // want SettingsFor:"create of example.com/prismacases/db.AccessibilitySettingsModel, checked"
	s, err := client.AccessibilitySettings.FindUnique(db.AccessibilitySettings.UserID.Equals(userID)).Exec(ctx) // want `prisma: db.AccessibilitySettingsModel \(UserID\): looked up then created when not found.*fix:`
	if db.IsErrNotFound(err) {
		s, err = client.AccessibilitySettings.CreateOne(
			db.AccessibilitySettings.UserID.Set(userID),
			db.AccessibilitySettings.HighContrast.Set(false),
		).Exec(ctx)
	}
	return s, err
}

// settings looks the row up for its callers.
func settings(ctx context.Context, client *db.PrismaClient, userID string) (*db.AccessibilitySettingsModel, error) { // want settings:"lookup of example.com/prismacases/db.AccessibilitySettingsModel"
	return client.AccessibilitySettings.FindUnique(db.AccessibilitySettings.UserID.Equals(userID)).Exec(ctx)
}

// Defaults goes through the helper: fixed in the caller, which goes back
// after any failed insert.
func Defaults(ctx context.Context, client *db.PrismaClient, userID string) error { // want Defaults:"create of example.com/prismacases/db.AccessibilitySettingsModel"
	_, err := settings(ctx, client, userID) // want `fix: create, and on a unique violation \(P2002`
	if db.IsErrNotFound(err) {
		_, err = client.AccessibilitySettings.CreateOne(db.AccessibilitySettings.UserID.Set(userID)).Exec(ctx)
	}
	return err
}
