package repolayersprisma

import (
	"context"

	"example.com/prismacases/cases/repo_layers_prisma/store"
	"example.com/prismacases/db"
)

// Service holds the store behind its interface.
type Service struct{ Store store.Settings }

// SettingsFor returns the user's settings, creating the defaults on first
// sight: through an interface with two implementations in another package.
func (s *Service) SettingsFor(ctx context.Context, userID string) (*db.AccessibilitySettingsModel, error) {
	st, err := s.Store.ByUser(ctx, userID)
	if db.IsErrNotFound(err) {
		st, err = s.Store.Create(ctx, userID, false)
	}
	return st, err
}

// Contrast goes through the concrete repository.
func Contrast(ctx context.Context, repo *store.Repo, userID string) (bool, error) {
	st, err := repo.ByUser(ctx, userID)
	if err != nil {
		if !db.IsErrNotFound(err) {
			return false, err
		}
		st, err = repo.Create(ctx, userID, true)
		if err != nil {
			return false, err
		}
	}
	return st.HighContrast, nil
}
