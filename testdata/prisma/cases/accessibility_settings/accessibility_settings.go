package accessibilitysettings

import (
	"context"

	"example.com/prismacases/db"
)

func SettingsFor(ctx context.Context, client *db.PrismaClient, userID string) (*db.AccessibilitySettingsModel, error) {
	s, err := client.AccessibilitySettings.FindUnique(db.AccessibilitySettings.UserID.Equals(userID)).Exec(ctx)
	if db.IsErrNotFound(err) {
		s, err = client.AccessibilitySettings.CreateOne(
			db.AccessibilitySettings.UserID.Set(userID),
			db.AccessibilitySettings.HighContrast.Set(false),
		).Exec(ctx)
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}
