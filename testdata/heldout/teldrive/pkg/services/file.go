package services

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/teldrive/internal/api"
	"example.com/heldout/teldrive/internal/auth"
	jetmodel "example.com/heldout/teldrive/internal/database/jet/gen/model"
)

// FilesCreate reproduces pkg/services/file.go:174 (POST /files, also called
// by the sync transfer job, imports_jobs.go:201; parts, uploads and hashes
// dropped).
func (a *apiService) FilesCreate(ctx context.Context, fileIn *api.File) (*api.File, error) {
	userId := auth.User(ctx)

	parentID, err := a.resolveParentID(ctx, fileIn, userId) // safe: looks up the parent folder, which must exist; the row written is the child, through UpsertActive (R4)
	if err != nil {
		return nil, err
	}

	fileDB := jetmodel.Files{ID: uuid.New(), UserID: userId}
	fileDB.Status = ptr("active")
	fileDB.ParentID = parentID

	switch fileIn.Type {
	case api.FileTypeFolder:
		fileDB.MimeType = "drive/folder"
	case api.FileTypeFile:
		fileDB.MimeType = fileIn.MimeType.Value
	}

	fileDB.Name = fileIn.Name
	fileDB.Type = string(fileIn.Type)
	fileDB.CreatedAt = time.Now().UTC()
	fileDB.UpdatedAt = time.Now().UTC()

	if err := a.persistAndCleanup(ctx, fileDB, "", userId); err != nil {
		return nil, &apiError{err: err}
	}

	return &api.File{ID: api.OptString{Value: fileDB.ID.String(), Set: true}, Name: fileDB.Name, Type: fileIn.Type}, nil
}

// resolveParentID reproduces pkg/services/file.go:215.
func (a *apiService) resolveParentID(ctx context.Context, fileIn *api.File, userId int64) (*uuid.UUID, error) {
	if fileIn.Path.Value == "" && !fileIn.ParentId.IsSet() {
		return nil, &apiError{err: errors.New("parent id or path is required"), code: 409}
	}

	if fileIn.Path.Value != "" {
		path := strings.ReplaceAll(fileIn.Path.Value, "//", "/")
		resolvedID, err := a.repo.Files.ResolvePathID(ctx, path, userId)
		if err != nil {
			return nil, &apiError{err: err, code: 404}
		}
		return resolvedID, nil
	}

	if fileIn.ParentId.IsSet() {
		parentUUID := uuid.UUID(fileIn.ParentId.Value)
		return &parentUUID, nil
	}

	return nil, nil
}

// persistAndCleanup reproduces pkg/services/file.go:297: UpsertActive runs
// inside WithTx (the a.repo.Uploads.Delete(txCtx, uploadId) that follows it
// in the same transaction, cache invalidation and events dropped).
func (a *apiService) persistAndCleanup(ctx context.Context, fileDB jetmodel.Files, uploadId string, userId int64) error {
	_ = userId
	if err := a.repo.WithTx(ctx, func(txCtx context.Context) error {
		if err := a.repo.Files.UpsertActive(txCtx, &fileDB); err != nil {
			return err
		}
		return nil
	}); err != nil {
		return err
	}
	return nil
}

// FilesMkdir reproduces pkg/services/file.go:613.
func (a *apiService) FilesMkdir(ctx context.Context, path string) error {
	userId := auth.User(ctx)

	if _, err := a.repo.Files.CreateDirectories(ctx, userId, path); err != nil {
		return &apiError{err: err}
	}
	return nil
}

// FilesMove reproduces pkg/services/file.go:622 (single-item rename branch;
// the destination given by id, MoveBulkReturning dropped).
func (a *apiService) FilesMove(ctx context.Context, req *api.FileMove) error {
	userId := auth.User(ctx)

	parsedParentID, err := uuid.Parse(req.DestinationParent)
	if err != nil {
		return &apiError{err: err, code: 400}
	}
	destParentID := &parsedParentID

	if len(req.Ids) == 0 {
		return nil
	}

	srcID := uuid.UUID(req.Ids[0])

	var srcFile *jetmodel.Files
	err = a.repo.WithTx(ctx, func(txCtx context.Context) error {
		fetched, err := a.repo.Files.GetByIDAndUser(txCtx, srcID, userId)
		if err != nil {
			return err
		}
		srcFile = fetched

		if len(req.Ids) == 1 && req.DestinationName.Value != "" {
			existing, err := a.repo.Files.GetActiveByNameAndParent(txCtx, userId, req.DestinationName.Value, destParentID) // safe: guards only a delete of the existing entry and an update (rename/move) of the source row, no insert
			if err == nil && existing.ID != srcFile.ID {
				if err := a.repo.Files.Delete(txCtx, []uuid.UUID{existing.ID}); err != nil {
					return err
				}
			}

			moved, err := a.repo.Files.MoveSingleReturning(txCtx, srcID, userId, destParentID, &req.DestinationName.Value)
			if err != nil {
				return err
			}
			srcFile = moved
			return nil
		}

		return nil
	})
	if err != nil {
		return &apiError{err: err}
	}

	return nil
}
