// Package sql reproduces github.com/getfider/fider/app/services/blob/sql/sql.go
// (listBlobs left out). Schema: blobs (id serial PK; unique (tenant_id, key),
// 201812102208_create_blob_table.sql:11; blobs_unique_global_key ON blobs (key,
// tenant_id) WHERE tenant_id IS NOT NULL and blobs_unique_tenant_key ON blobs (key)
// WHERE tenant_id IS NULL, 201812201644_migrate_autocert_to_blobs.sql:1-2).
package sql

import (
	"context"
	"database/sql"
	"time"

	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/dto"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/dbx"

	"example.com/heldout/fider/app"

	"example.com/heldout/fider/app/pkg/env"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/services/blob"

	"example.com/heldout/fider/app/pkg/bus"
)

func init() {
	bus.Register(Service{})
}

type Service struct{}

func (s Service) Name() string {
	return "SQL"
}

func (s Service) Category() string {
	return "blobstorage"
}

func (s Service) Enabled() bool {
	return env.Config.BlobStorage.Type == "sql"
}

func (s Service) Init() {
	bus.AddHandler(getBlobByKey)
	bus.AddHandler(storeBlob)
}

type dbBlob struct {
	Key         string `db:"key"`
	ContentType string `db:"content_type"`
	Size        int64  `db:"size"`
	Content     []byte `db:"file"`
}

func getBlobByKey(ctx context.Context, q *query.GetBlobByKey) error {
	if err := blob.ValidateKey(q.Key); err != nil {
		return errors.Wrap(err, "failed to validate blob key '%s'", q.Key)
	}

	blob.EnsureAuthorizedPrefix(ctx, q.Key)

	return using(ctx, func(tenantID sql.NullInt64) error {
		trx, err := dbx.BeginTx(ctx)
		if err != nil {
			return errors.Wrap(err, "failed to open transaction")
		}
		defer trx.MustCommit()

		b := dbBlob{}
		err = trx.Get(&b, "SELECT file, content_type, size FROM blobs WHERE key = $1 AND (tenant_id = $2 OR ($2 IS NULL AND tenant_id IS NULL))", q.Key, tenantID)
		if err != nil {
			if err == app.ErrNotFound {
				return blob.ErrNotFound
			}
			return errors.Wrap(err, "failed to get blob with key '%s'", q.Key)
		}

		q.Result = &dto.Blob{
			Size:        b.Size,
			ContentType: b.ContentType,
			Content:     b.Content,
		}
		return nil
	})
}

func storeBlob(ctx context.Context, c *cmd.StoreBlob) error {
	blob.EnsureAuthorizedPrefix(ctx, c.Key)

	if err := blob.ValidateKey(c.Key); err != nil {
		return errors.Wrap(err, "failed to validate blob key '%s'", c.Key)
	}

	return using(ctx, func(tenantID sql.NullInt64) error {
		trx, err := dbx.BeginTx(ctx)
		if err != nil {
			return errors.Wrap(err, "failed to open transaction")
		}
		defer trx.MustCommit()

		now := time.Now()
		_, err = trx.Execute(`
		INSERT INTO blobs (tenant_id, key, size, content_type, file, created_at, modified_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, key)
		DO UPDATE SET size = $3, content_type = $4, file = $5, modified_at = $7
		`, tenantID, c.Key, int64(len(c.Content)), c.ContentType, c.Content, now, now)
		if err != nil {
			return errors.Wrap(err, "failed to store blob with key '%s'", c.Key)
		}

		if err != nil {
			return errors.Wrap(err, "failed to commit store of blob with key '%s'", c.Key)
		}

		return nil
	})
}

func using(ctx context.Context, handler func(tenantId sql.NullInt64) error) error {
	var tenantID sql.NullInt64
	tenant, ok := ctx.Value(app.TenantCtxKey).(*entity.Tenant)
	if ok {
		_ = tenantID.Scan(tenant.ID)
	}
	return handler(tenantID)
}
