package repo

import (
	"database/sql"

	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// UsageRepository defines the methods tracking and fetching usage related date
// server/pkg/repo/usage.go:13
type UsageRepository struct {
	DB *sql.DB
}

// Create inserts a new entry for the given user. If entry already exists, it doesn't nothing
// server/pkg/repo/usage.go:48
func (repo *UsageRepository) Create(userID int64) error {
	_, err := repo.DB.Exec(`INSERT INTO usage(user_id, storage_consumed) VALUES ($1,$2) ON CONFLICT DO NOTHING;`,
		userID, //$1 user_id
		0,      // $2 initial value for storage consumed
	)
	return stacktrace.Propagate(err, "failed to insert/update")
}
