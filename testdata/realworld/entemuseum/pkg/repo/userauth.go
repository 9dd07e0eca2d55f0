package repo

import (
	"database/sql"
)

// UserAuthRepository defines the methods for inserting, updating and
// retrieving authentication entities (server/pkg/repo/userauth.go); its SRP
// methods are in srp.go.
type UserAuthRepository struct {
	DB *sql.DB
}
