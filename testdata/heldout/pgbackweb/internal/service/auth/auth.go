package auth

import (
	"time"

	"example.com/heldout/pgbackweb/internal/config"
	"example.com/heldout/pgbackweb/internal/database/dbgen"
)

const (
	maxSessionAge = time.Hour * 12
)

type Service struct {
	env   config.Env
	dbgen *dbgen.Queries
}

func New(env config.Env, dbgen *dbgen.Queries) *Service {
	return &Service{
		env:   env,
		dbgen: dbgen,
	}
}
