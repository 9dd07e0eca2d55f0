package databases

import (
	"context"
	"database/sql"
	"fmt"

	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"github.com/google/uuid"
)

func (s *Service) TestDatabaseAndStoreResult(
	ctx context.Context, databaseID uuid.UUID,
) error {
	storeRes := func(ok bool, err error) error {
		var errMsg string
		if err != nil {
			errMsg = err.Error()
		}

		secondErr := s.dbgen.DatabasesServiceSetTestData(
			ctx, dbgen.DatabasesServiceSetTestDataParams{
				DatabaseID: databaseID,
				TestOk:     sql.NullBool{Valid: true, Bool: ok},
				TestError:  sql.NullString{Valid: true, String: errMsg},
			},
		)
		if secondErr != nil {
			return fmt.Errorf("error storing test result: %w: %w", secondErr, err)
		}
		return err
	}

	// Found or not, the only write is UPDATE databases ... WHERE id (a
	// missing row updates nothing); the webhooks fired insert log rows with
	// fresh ids (see runWebhook).
	db, err := s.GetDatabase(ctx, databaseID) // safe: lookup guards an update only (DatabasesServiceSetTestData, UPDATE ... WHERE id)
	if err != nil {
		return storeRes(false, fmt.Errorf("error getting database: %w", err))
	}

	err = s.TestDatabase(ctx, db.PgVersion, db.DecryptedConnectionString)
	if err != nil && db.TestOk.Valid && db.TestOk.Bool {
		s.webhooksService.RunDatabaseUnhealthy(db.ID)
	}
	if err != nil {
		return storeRes(false, err)
	}

	if db.TestOk.Valid && !db.TestOk.Bool {
		s.webhooksService.RunDatabaseHealthy(db.ID)
	}
	return storeRes(true, nil)
}

func (s *Service) TestDatabase(
	ctx context.Context, version, connString string,
) error {
	pgVersion, err := s.ints.PGClient.ParseVersion(version)
	if err != nil {
		return fmt.Errorf("error parsing PostgreSQL version: %w", err)
	}

	err = s.ints.PGClient.Test(pgVersion, connString)
	if err != nil {
		return fmt.Errorf("error testing database: %w", err)
	}

	return nil
}
