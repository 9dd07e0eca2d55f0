package repositories

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/third_party/jet/qrm"
)

// JetFileRepository reproduces pkg/repositories/file_repo.go:21.
type JetFileRepository struct {
	db jetDB
}

// NewJetFileRepository reproduces pkg/repositories/file_repo.go:25.
func NewJetFileRepository(pool Pool) *JetFileRepository {
	return &JetFileRepository{db: newJetDB(pool)}
}

const insertFileSQL = `INSERT INTO teldrive.files (name, type, mime_type, size, user_id, status, channel_id, created_at, updated_at, encrypted, category, id, parent_id, hash)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14);`

func insertFileArgs(file *model.Files) []any {
	return []any{file.Name, file.Type, file.MimeType, file.Size, file.UserID, file.Status, file.ChannelID,
		file.CreatedAt, file.UpdatedAt, file.Encrypted, file.Category, file.ID, file.ParentID, file.Hash}
}

// Create reproduces pkg/repositories/file_repo.go:29:
// table.Files.INSERT(table.Files.AllColumns).MODEL(*file) (plain INSERT).
func (r *JetFileRepository) Create(ctx context.Context, file *model.Files) error {
	now := time.Now().UTC()
	if file.CreatedAt.IsZero() {
		file.CreatedAt = now
	}
	if file.UpdatedAt.IsZero() {
		file.UpdatedAt = now
	}

	err := r.db.exec(ctx, insertFileSQL, insertFileArgs(file)...)

	return err
}

// UpsertActive reproduces pkg/repositories/file_repo.go:44: UPDATE by the
// natural key (name, user_id, parent_id, status='active'); no row -> INSERT;
// a unique violation -> the UPDATE again. Its only caller runs it inside
// WithTx (services.persistAndCleanup), where the failed INSERT has already
// aborted the transaction.
func (r *JetFileRepository) UpsertActive(ctx context.Context, file *model.Files) error {
	now := time.Now().UTC()
	if file.CreatedAt.IsZero() {
		file.CreatedAt = now
	}
	if file.UpdatedAt.IsZero() {
		file.UpdatedAt = now
	}

	if err := r.updateActiveByNaturalKey(ctx, file); err == nil { // race
		return nil
	} else if !errors.Is(err, ErrNotFound) {
		return err
	}

	if err := r.db.exec(ctx, insertFileSQL, insertFileArgs(file)...); err != nil {
		if errors.Is(err, ErrConflict) {
			return r.updateActiveByNaturalKey(ctx, file)
		}
		return err
	}

	return nil
}

// updateActiveByNaturalKey reproduces pkg/repositories/file_repo.go:70.
func (r *JetFileRepository) updateActiveByNaturalKey(ctx context.Context, file *model.Files) error {
	var query string
	var args []any
	if file.ParentID == nil {
		query = `UPDATE teldrive.files
SET (mime_type, size, channel_id, updated_at, encrypted, category, hash) = ($1, $2, $3, $4, $5, $6, $7)
WHERE (((files.name = $8) AND (files.user_id = $9)) AND (files.status = $10)) AND files.parent_id IS NULL
RETURNING files.id AS "files.id";`
		args = []any{file.MimeType, file.Size, file.ChannelID, file.UpdatedAt, file.Encrypted, file.Category, file.Hash,
			file.Name, file.UserID, "active"}
	} else {
		query = `UPDATE teldrive.files
SET (mime_type, size, channel_id, updated_at, encrypted, category, hash) = ($1, $2, $3, $4, $5, $6, $7)
WHERE (((files.name = $8) AND (files.user_id = $9)) AND (files.status = $10)) AND (files.parent_id IS NOT DISTINCT FROM $11)
RETURNING files.id AS "files.id";`
		args = []any{file.MimeType, file.Size, file.ChannelID, file.UpdatedAt, file.Encrypted, file.Category, file.Hash,
			file.Name, file.UserID, "active", *file.ParentID}
	}

	row := r.db.executor(ctx).QueryRow(ctx, query, args...)
	if err := ScanRow(row, &file.ID); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrNotFound
		}
		return normalizeDBError(err)
	}

	return nil
}

const fileReadColumns = `files.name AS "files.name", files.type AS "files.type", files.mime_type AS "files.mime_type",
     files.size AS "files.size", files.user_id AS "files.user_id", files.status AS "files.status",
     files.channel_id AS "files.channel_id", files.created_at AS "files.created_at", files.updated_at AS "files.updated_at",
     files.encrypted AS "files.encrypted", files.category AS "files.category", files.id AS "files.id",
     files.parent_id AS "files.parent_id", files.hash AS "files.hash"`

func fileScanDest(out *model.Files) []any {
	return []any{&out.Name, &out.Type, &out.MimeType, &out.Size, &out.UserID, &out.Status, &out.ChannelID,
		&out.CreatedAt, &out.UpdatedAt, &out.Encrypted, &out.Category, &out.ID, &out.ParentID, &out.Hash}
}

// GetByIDAndUser reproduces pkg/repositories/file_repo.go:141.
func (r *JetFileRepository) GetByIDAndUser(ctx context.Context, id uuid.UUID, userID int64) (*model.Files, error) {
	const stmt = `SELECT ` + fileReadColumns + `
FROM teldrive.files
WHERE ((files.id = $1) AND (files.user_id = $2)) AND (files.status = $3);`

	var out model.Files
	if err := r.db.query(ctx, stmt, []any{id, userID, "active"}, fileScanDest(&out)...); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}

	return &out, nil
}

// GetActiveByNameAndParent reproduces pkg/repositories/file_repo.go:176.
func (r *JetFileRepository) GetActiveByNameAndParent(ctx context.Context, userID int64, name string, parentID *uuid.UUID) (*model.Files, error) {
	var stmt string
	args := []any{userID, name, "active"}
	if parentID == nil {
		stmt = `SELECT ` + fileReadColumns + `
FROM teldrive.files
WHERE (((files.user_id = $1) AND (files.name = $2)) AND (files.status = $3)) AND files.parent_id IS NULL;`
	} else {
		stmt = `SELECT ` + fileReadColumns + `
FROM teldrive.files
WHERE (((files.user_id = $1) AND (files.name = $2)) AND (files.status = $3)) AND (files.parent_id = $4);`
		args = append(args, *parentID)
	}

	var out model.Files
	if err := r.db.query(ctx, stmt, args, fileScanDest(&out)...); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}

	return &out, nil
}

// Delete reproduces pkg/repositories/file_repo.go:263.
func (r *JetFileRepository) Delete(ctx context.Context, ids []uuid.UUID) error {
	if len(ids) == 0 {
		return nil
	}

	const stmt = `DELETE FROM teldrive.files
WHERE files.id = ANY($1);`
	err := r.db.exec(ctx, stmt, ids)

	return err
}

// MoveSingleReturning reproduces pkg/repositories/file_repo.go:284.
func (r *JetFileRepository) MoveSingleReturning(ctx context.Context, id uuid.UUID, userID int64, parentID *uuid.UUID, name *string) (*model.Files, error) {
	var stmt string
	var args []any
	if name != nil {
		stmt = `UPDATE teldrive.files
SET (parent_id, name) = ($1, $2)
WHERE (files.id = $3) AND (files.user_id = $4)
RETURNING ` + fileReadColumns + `;`
		args = []any{parentID, *name, id, userID}
	} else {
		stmt = `UPDATE teldrive.files
SET parent_id = $1
WHERE (files.id = $2) AND (files.user_id = $3)
RETURNING ` + fileReadColumns + `;`
		args = []any{parentID, id, userID}
	}

	var out model.Files
	if err := r.db.query(ctx, stmt, args, fileScanDest(&out)...); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}

	return &out, nil
}

// CreateDirectories reproduces pkg/repositories/file_repo.go:598: per path
// segment, look the folder up, else insert it; a unique violation re-reads.
// Its callers (FilesMkdir, FilesCopy, the sync job's
// resolveSyncDestinationParent) run it outside any transaction.
func (r *JetFileRepository) CreateDirectories(ctx context.Context, userID int64, path string) (*uuid.UUID, error) {
	if !strings.HasPrefix(path, "/root") {
		path = "/root/" + strings.Trim(path, "/")
	}
	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) == 0 {
		return nil, ErrNotFound
	}

	var parentID *uuid.UUID
	for _, name := range parts {
		item, err := r.GetActiveByNameAndParent(ctx, userID, name, parentID) // safe: unique violation caught (ErrConflict) and the winner's folder re-read; never called inside a transaction
		if err == nil {
			current := item.ID
			parentID = &current
			continue
		}
		if !errors.Is(err, ErrNotFound) {
			return nil, err
		}

		now := time.Now().UTC()
		status := "active"
		typeFolder := "folder"
		mimeType := "drive/folder"
		newID := uuid.New()
		newFolder := &model.Files{
			ID:        newID,
			Name:      name,
			Type:      typeFolder,
			MimeType:  mimeType,
			UserID:    userID,
			Status:    &status,
			ParentID:  parentID,
			Encrypted: false,
			CreatedAt: now,
			UpdatedAt: now,
		}
		if err := r.Create(ctx, newFolder); err != nil {
			if errors.Is(err, ErrConflict) {
				item, readErr := r.GetActiveByNameAndParent(ctx, userID, name, parentID)
				if readErr != nil {
					return nil, readErr
				}
				current := item.ID
				parentID = &current
				continue
			}
			return nil, err
		}
		parentID = &newID
	}

	return parentID, nil
}

// ResolvePathID reproduces pkg/repositories/file_repo.go:654.
func (r *JetFileRepository) ResolvePathID(ctx context.Context, path string, userID int64) (*uuid.UUID, error) {
	if !strings.HasPrefix(path, "/root") {
		path = "/root/" + strings.Trim(path, "/")
	}

	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) == 0 {
		return nil, ErrNotFound
	}

	var parentID *uuid.UUID
	for _, name := range parts {
		item, err := r.GetActiveByNameAndParent(ctx, userID, name, parentID)
		if err != nil {
			return nil, err
		}
		current := item.ID
		parentID = &current
	}

	return parentID, nil
}
