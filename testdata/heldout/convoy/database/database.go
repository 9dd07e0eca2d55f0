package database

import (
	"github.com/jmoiron/sqlx"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Database is convoy's database.Database (database/database.go:12), reduced
// to the handles the reproduced code uses: the pgx pool behind the sqlc
// repositories and the sqlx handle behind database/postgres.
type Database interface {
	GetConn() *pgxpool.Pool
	GetDB() *sqlx.DB
	GetReadDB() *sqlx.DB
}
