// Package public is a reduced copy of museum pkg/repo/public.
package public

import (
	"context"
	"database/sql"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/third_party/stacktrace"
	"github.com/lib/pq"
)

// CollectionLinkRepo defines the methods for inserting, updating and
// retrieving entities related to public collections
// server/pkg/repo/public/collection_link.go:18
type CollectionLinkRepo struct {
	DB *sql.DB
}

// Insert is server/pkg/repo/public/collection_link.go:47:
// ensureAccessTokenAvailable (:60), then INSERT (:64), in one transaction.
func (pcr *CollectionLinkRepo) Insert(ctx context.Context,
	cID int64, token string, validTill int64, deviceLimit int, enableCollect bool, enableComment bool, enableJoin *bool) error {
	// default value for enableJoin is true
	join := true
	if enableJoin != nil {
		join = *enableJoin
	}
	tx, err := pcr.DB.BeginTx(ctx, nil)
	if err != nil {
		return stacktrace.Propagate(err, "failed to begin transaction for collection token insert")
	}
	defer tx.Rollback()

	if err = ensureAccessTokenAvailable(ctx, tx, token); err != nil { // safe: the token is freshly random per attempt (shortuuid, controller CreateLink retries on ErrAccessTokenInUse) and public_access_tokens_unique_idx backs it; the per-collection key is resolved insert-first (public_active_collection_unique_idx -> ErrActiveLinkAlreadyExists)
		return err
	}

	_, err = tx.ExecContext(ctx, `INSERT INTO public_collection_tokens
    (collection_id, access_token, valid_till, device_limit, enable_collect, enable_comment, enable_join) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		cID, token, validTill, deviceLimit, enableCollect, enableComment, join)
	if err != nil && err.Error() == "pq: duplicate key value violates unique constraint \"public_active_collection_unique_idx\"" {
		return ente.ErrActiveLinkAlreadyExists
	}
	if err != nil {
		return stacktrace.Propagate(err, "failed to insert")
	}

	if err = tx.Commit(); err != nil {
		return stacktrace.Propagate(err, "failed to commit collection token insert")
	}
	return nil
}

// GetCollectionToActivePublicURLMap will return map of collectionID to PublicURLs which are not disabled yet.
// server/pkg/repo/public/collection_link.go:88 (column list trimmed).
func (pcr *CollectionLinkRepo) GetCollectionToActivePublicURLMap(ctx context.Context, collectionIDs []int64, app ente.App) (map[int64][]ente.PublicURL, error) {
	rows, err := pcr.DB.QueryContext(ctx, `SELECT collection_id, access_token, valid_till, device_limit FROM
                                                   public_collection_tokens WHERE collection_id = ANY($1) and is_disabled = FALSE`,
		pq.Array(collectionIDs))
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	defer rows.Close()
	result := make(map[int64][]ente.PublicURL, 0)
	for _, cID := range collectionIDs {
		result[cID] = make([]ente.PublicURL, 0)
	}
	for rows.Next() {
		publicUrl := ente.PublicURL{}
		var collectionID int64
		var accessToken string
		if err = rows.Scan(&collectionID, &accessToken, &publicUrl.ValidTill, &publicUrl.DeviceLimit); err != nil {
			return nil, stacktrace.Propagate(err, "")
		}
		publicUrl.URL = accessToken
		result[collectionID] = append(result[collectionID], publicUrl)
	}
	return result, nil
}
