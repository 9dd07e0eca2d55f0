package database

import (
	"github.com/jmoiron/sqlx"

	"example.com/heldout/convoy/third_party/pgxpool"
)

// Database is convoy's database.Database (database/database.go:12), reduced
// to the handles the reproduced code uses: the pgx pool behind the sqlc
// repositories and the sqlx handle behind database/postgres.
type Database interface {
	GetConn() *pgxpool.Pool
	GetDB() *sqlx.DB
	GetReadDB() *sqlx.DB
}
