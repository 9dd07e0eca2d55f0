package executions

import (
	"context"
	"database/sql"
	"errors"

	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"github.com/google/uuid"
)

func (s *Service) SoftDeleteExecution(
	ctx context.Context, executionID uuid.UUID,
) error {
	// Not found returns nil; found leads to a file delete and an UPDATE of
	// the same row (status = 'deleted'): nothing is inserted.
	execution, err := s.dbgen.ExecutionsServiceGetExecutionForSoftDelete( // safe: lookup guards an update (soft delete) only; not found returns nil
		ctx, dbgen.ExecutionsServiceGetExecutionForSoftDeleteParams{
			ExecutionID:   executionID,
			EncryptionKey: s.env.PBW_ENCRYPTION_KEY,
		},
	)
	if err != nil && errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}

	if execution.ExecutionPath.Valid && !execution.BackupIsLocal {
		err := s.ints.StorageClient.S3Delete(
			execution.DecryptedDestinationAccessKey, execution.DecryptedDestinationSecretKey,
			execution.DestinationRegion.String, execution.DestinationEndpoint.String,
			execution.DestinationBucketName.String, execution.ExecutionPath.String,
		)
		if err != nil {
			return err
		}
	}

	if execution.ExecutionPath.Valid && execution.BackupIsLocal {
		err := s.ints.StorageClient.LocalDelete(execution.ExecutionPath.String)
		if err != nil {
			return err
		}
	}

	return s.dbgen.ExecutionsServiceSoftDeleteExecution(ctx, executionID)
}
