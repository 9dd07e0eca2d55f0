package postgres

import (
	"github.com/jmoiron/sqlx"

	"example.com/heldout/convoy/database"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Postgres is database/postgres.Postgres, reduced to the handles it hands out:
// the pgx pool behind the sqlc repositories, the sqlx primary and the read
// replica (GetReadDB falls back to the primary when no replica is set).
type Postgres struct {
	pool    *pgxpool.Pool
	dbx     *sqlx.DB
	replica *sqlx.DB
}

var _ database.Database = (*Postgres)(nil)

func (p *Postgres) GetConn() *pgxpool.Pool { return p.pool }
func (p *Postgres) GetDB() *sqlx.DB        { return p.dbx }
func (p *Postgres) GetReadDB() *sqlx.DB {
	if p.replica != nil {
		return p.replica
	}
	return p.dbx
}
