// Reproduces server/core_storage.go of heroiclabs/nakama at the catalogued
// commit: the write-op types (upstream 50-95), storageQueryArg (422-426),
// StorageReadObjects (428-581), StorageWriteObjects (583-610),
// storageWriteObjects (612-683), StorageWriteWithRetries (685-752) and
// storagePrepBatch (754-838), verbatim. storageIndexWrite (900-917) is kept
// with the index call reduced to the StorageIndex interface below.
package server

import (
	"bytes"
	"context"
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"example.com/heldout/nakama/pkg/grpc/codes"
	"example.com/heldout/nakama/pkg/nakama-common/api"
	"example.com/heldout/nakama/pkg/nakama-common/runtime"
	"example.com/heldout/nakama/pkg/protobuf/timestamppb"
	"example.com/heldout/nakama/pkg/protobuf/wrapperspb"
	"example.com/heldout/nakama/pkg/uuid"
	"example.com/heldout/nakama/pkg/zap"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// byteBracket reproduces server/api.go:61.
const byteBracket byte = '{'

// Metrics reproduces the one method of server/metrics.go:69 used here.
type Metrics interface {
	StorageWriteRejectCount(tags map[string]string, delta int64)
}

// StorageIndex reproduces the write side of server/storage_index.go, trimmed.
type StorageIndex interface {
	Write(ctx context.Context, objects []*api.StorageObject)
}

// Internal representation for a batch of storage write operations.
type StorageOpWrites []*StorageOpWrite

type StorageOpWrite struct {
	OwnerID string
	Object  *api.WriteStorageObject
}

// Desired `read` persmission after this Op completes
func (op *StorageOpWrite) permissionRead() int32 {
	if op.Object.PermissionRead != nil {
		return op.Object.PermissionRead.Value
	}
	return 1
}

// Desired `write` persmission after this Op completes
func (op *StorageOpWrite) permissionWrite() int32 {
	if op.Object.PermissionWrite != nil {
		return op.Object.PermissionWrite.Value
	}
	return 1
}

// Expected object version after this Op completes
func (op *StorageOpWrite) expectedVersion() string {
	hash := md5.Sum([]byte(op.Object.Value))
	return hex.EncodeToString(hash[:])
}

func (s StorageOpWrites) Len() int {
	return len(s)
}
func (s StorageOpWrites) Swap(i, j int) {
	s[i], s[j] = s[j], s[i]
}
func (s StorageOpWrites) Less(i, j int) bool {
	s1, s2 := s[i], s[j]
	if s1.Object.Collection != s2.Object.Collection {
		return s1.Object.Collection < s2.Object.Collection
	}
	if s1.Object.Key != s2.Object.Key {
		return s1.Object.Key < s2.Object.Key
	}
	return s1.OwnerID < s2.OwnerID
}

type storageQueryArg struct {
	name   string
	dbType string
	param  any
}

func StorageReadObjects(ctx context.Context, logger *zap.Logger, db *sql.DB, caller uuid.UUID, objectIDs []*api.ReadStorageObjectId) (*api.StorageObjects, error) {
	if len(objectIDs) == 0 {
		return &api.StorageObjects{}, nil
	}

	collectionParams := make([]string, 0, len(objectIDs))
	keyParams := make([]string, 0, len(objectIDs))
	userIdParams := make([]uuid.UUID, 0, len(objectIDs))

	isCollectionSetUnique := true
	isKeySetUnique := true
	isUserIdSetUnique := true

	distinctArgs := make([]storageQueryArg, 0, 3)
	uniqueArgs := make([]storageQueryArg, 0, 3)

	for _, id := range objectIDs {
		collectionParams = append(collectionParams, id.Collection)
		if isCollectionSetUnique {
			if id.Collection != collectionParams[0] {
				isCollectionSetUnique = false
				distinctArgs = append(distinctArgs, storageQueryArg{name: "collection", dbType: "text[]", param: &collectionParams})
			}
		}

		keyParams = append(keyParams, id.Key)
		if isKeySetUnique {
			if id.Key != keyParams[0] {
				isKeySetUnique = false
				distinctArgs = append(distinctArgs, storageQueryArg{name: "key", dbType: "text[]", param: &keyParams})
			}
		}

		var reqUid uuid.UUID
		if uid := id.GetUserId(); uid != "" {
			if uid, err := uuid.FromString(uid); err == nil {
				reqUid = uid
			} else {
				logger.Error("Could not read storage objects. Unable to parse requested user_id", zap.Error(err))
				return nil, err
			}
		}
		userIdParams = append(userIdParams, reqUid)
		if isUserIdSetUnique {
			if reqUid != userIdParams[0] {
				isUserIdSetUnique = false
				distinctArgs = append(distinctArgs, storageQueryArg{name: "user_id", dbType: "uuid[]", param: &userIdParams})
			}
		}
	}

	if isCollectionSetUnique {
		uniqueArgs = append(uniqueArgs, storageQueryArg{name: "collection", param: collectionParams[0]})
	}
	if isKeySetUnique {
		uniqueArgs = append(uniqueArgs, storageQueryArg{name: "key", param: keyParams[0]})
	}
	if isUserIdSetUnique {
		uniqueArgs = append(uniqueArgs, storageQueryArg{name: "user_id", param: userIdParams[0]})
	}

	var query string
	var params []any
	switch len(distinctArgs) {
	case 0:
		query = fmt.Sprintf(`
SELECT collection, key, user_id, value, version, read, write, create_time, update_time FROM storage WHERE %s = $1 AND %s = $2 AND %s = $3`,
			uniqueArgs[0].name, uniqueArgs[1].name, uniqueArgs[2].name)
		params = []any{uniqueArgs[0].param, uniqueArgs[1].param, uniqueArgs[2].param}
	case 1:
		query = fmt.Sprintf(`
SELECT collection, key, user_id, value, version, read, write, create_time, update_time FROM storage WHERE %s = $1 AND %s = $2 AND %s = ANY($3::%s)`,
			uniqueArgs[0].name, uniqueArgs[1].name, distinctArgs[0].name, distinctArgs[0].dbType)
		params = []any{uniqueArgs[0].param, uniqueArgs[1].param, distinctArgs[0].param}
	case 2:
		query = fmt.Sprintf(`
SELECT collection, key, user_id, value, version, read, write, create_time, update_time FROM storage NATURAL JOIN ROWS FROM (
  unnest($1::%s),
  unnest($2::%s)
) t(%s, %s)
WHERE %s = $3`,
			distinctArgs[0].dbType, distinctArgs[1].dbType, distinctArgs[0].name, distinctArgs[1].name, uniqueArgs[0].name)
		params = []any{distinctArgs[0].param, distinctArgs[1].param, uniqueArgs[0].param}
	case 3:
		// When selecting a variable number of objects we'd like to keep number of
		// SQL query arguments constant, otherwise query statistics explode, because
		// from PostgreSQL perspective query with different number of arguments is a distinct query
		//
		// To keep number of arguments static instead of building
		// WHERE (a = $1 and b = $2) OR (a = $3 and b = $4) OR ...
		// we use JOIN with "virtual" table built from columns provided as arrays:
		//
		// JOIN ROWS FROM (
		//		unnest($1::type_of_a[]),
		//      unnest($2::type_of_b[])
		// ) v(a, b)
		//
		// This way regardless of how many objects we query, we pass same number of args: one per column
		query = fmt.Sprintf(`
SELECT collection, key, user_id, value, version, read, write, create_time, update_time FROM storage NATURAL JOIN ROWS FROM (
  unnest($1::%s),
  unnest($2::%s),
  unnest($3::%s)
) t(%s, %s, %s)`,
			distinctArgs[0].dbType, distinctArgs[1].dbType, distinctArgs[2].dbType, distinctArgs[0].name, distinctArgs[1].name, distinctArgs[2].name)
		params = []any{distinctArgs[0].param, distinctArgs[1].param, distinctArgs[2].param}
	default:
		logger.Error("Unexpected code path.", zap.Int("multipleArgs", len(distinctArgs)))
		return nil, errors.New("unexpected code path")
	}

	if caller != uuid.Nil {
		if len(distinctArgs) == 3 {
			query += ` WHERE `
		} else {
			query += ` AND `
		}
		// Caller is not nil: either read public (read=2) object from requested user
		// or private (read=1) object owned by caller
		query += `(read = 2 or (read = 1 and storage.user_id = $4))`
		params = append(params, caller)
	}

	var objects *api.StorageObjects
	err := ExecuteRetryablePgx(ctx, db, func(conn *pgx.Conn) error {
		rows, _ := conn.Query(ctx, query, params...)
		defer rows.Close()
		funcObjects := &api.StorageObjects{Objects: make([]*api.StorageObject, 0, len(objectIDs))}
		for rows.Next() {
			o := &api.StorageObject{CreateTime: &timestamppb.Timestamp{}, UpdateTime: &timestamppb.Timestamp{}}
			var createTime pgtype.Timestamptz
			var updateTime pgtype.Timestamptz

			if err := rows.Scan(&o.Collection, &o.Key, &o.UserId, &o.Value, &o.Version, &o.PermissionRead, &o.PermissionWrite, &createTime, &updateTime); err != nil {
				return err
			}

			o.CreateTime.Seconds = createTime.Time.Unix()
			o.UpdateTime.Seconds = updateTime.Time.Unix()

			funcObjects.Objects = append(funcObjects.Objects, o)
		}
		if err := rows.Err(); err != nil {
			if !errors.Is(err, context.Canceled) {
				logger.Error("Could not read storage objects.", zap.Error(err))
			}
			return err
		}
		objects = funcObjects
		return nil
	})

	return objects, err
}

func StorageWriteObjects(ctx context.Context, logger *zap.Logger, db *sql.DB, metrics Metrics, storageIndex StorageIndex, authoritativeWrite bool, ops StorageOpWrites) (*api.StorageObjectAcks, codes.Code, error) {
	var acks []*api.StorageObjectAck
	var sortedWrites StorageOpWrites

	if err := ExecuteInTxPgx(ctx, db, func(tx pgx.Tx) error {
		// If the transaction is retried ensure we wipe any acks that may have been prepared by previous attempts.
		var writeErr error
		sortedWrites, acks, writeErr = storageWriteObjects(ctx, logger, metrics, tx, authoritativeWrite, ops)
		if writeErr != nil {
			if errors.Is(writeErr, runtime.ErrStorageRejectedVersion) || errors.Is(writeErr, runtime.ErrStorageRejectedPermission) {
				return StatusError(codes.InvalidArgument, "Storage write rejected.", writeErr)
			}
			return writeErr
		}

		return nil
	}); err != nil {
		// Upstream: `if e, ok := errors.AsType[*statusError](err); ok {` (Go 1.26); the
		// held-out module is go1.25, so the same test is written with errors.As.
		if e := (*statusError)(nil); errors.As(err, &e) {
			return nil, e.Code(), e.Cause()
		}
		logger.Error("Error writing storage objects.", zap.Error(err))
		return nil, codes.Internal, err
	}

	storageIndexWrite(ctx, storageIndex, sortedWrites, acks)

	return &api.StorageObjectAcks{Acks: acks}, codes.OK, nil
}

func storageWriteObjects(ctx context.Context, logger *zap.Logger, metrics Metrics, tx pgx.Tx, authoritativeWrite bool, ops StorageOpWrites) (StorageOpWrites, []*api.StorageObjectAck, error) {
	// Ensure writes are processed in a consistent order to avoid deadlocks from concurrent operations.
	// Sorting done on a copy to ensure we don't modify the input, which may be re-used on transaction retries.
	sortedOps := make(StorageOpWrites, 0, len(ops))
	indexedOps := make(map[*StorageOpWrite]int, len(ops))
	for i, op := range ops {
		sortedOps = append(sortedOps, op)
		indexedOps[op] = i
	}
	sort.Sort(sortedOps)
	// Run operations in the sorted order.
	acks := make([]*api.StorageObjectAck, ops.Len())

	batch := &pgx.Batch{}
	for _, op := range sortedOps {
		storagePrepBatch(batch, authoritativeWrite, op)
	}

	br := tx.SendBatch(ctx, batch)
	defer br.Close() // TODO: need to "drain" batch, otherwise it logs all unprocessed queries
	for _, op := range sortedOps {
		object := op.Object
		var resultRead int32
		var resultWrite int32
		var resultVersion string
		var createTime time.Time
		var updateTime time.Time
		var isUpsert bool
		err := br.QueryRow().Scan(&resultRead, &resultWrite, &resultVersion, &createTime, &updateTime, &isUpsert)
		var pgErr *pgconn.PgError
		if err != nil && errors.As(err, &pgErr) {
			if pgErr.Code == dbErrorUniqueViolation {
				metrics.StorageWriteRejectCount(map[string]string{"collection": object.Collection, "reason": "version"}, 1)
				return nil, nil, runtime.ErrStorageRejectedVersion
			}
			return nil, nil, err
		} else if err == pgx.ErrNoRows {
			// Not every case from storagePrepWriteObject can return NoRows, but those
			// which do are always ErrStorageRejectedVersion
			metrics.StorageWriteRejectCount(map[string]string{"collection": object.Collection, "reason": "version"}, 1)
			return nil, nil, runtime.ErrStorageRejectedVersion
		} else if err != nil {
			return nil, nil, err
		}

		if !isUpsert {
			// Conditions for successful update or insert were not met in the query, following checks are needed to disambiguate
			// which error to return.
			if !authoritativeWrite && resultWrite != 1 {
				// - permission: non-authoritative write & original row write != 1
				metrics.StorageWriteRejectCount(map[string]string{"collection": object.Collection, "reason": "permission"}, 1)
				return nil, nil, runtime.ErrStorageRejectedPermission
			} else if object.Version != "" {
				// - version mismatch
				metrics.StorageWriteRejectCount(map[string]string{"collection": object.Collection, "reason": "version"}, 1)
				return nil, nil, runtime.ErrStorageRejectedVersion
			}
		}

		ack := &api.StorageObjectAck{
			Collection: object.Collection,
			Key:        object.Key,
			Version:    resultVersion,
			UserId:     op.OwnerID,
			CreateTime: timestamppb.New(createTime),
			UpdateTime: timestamppb.New(updateTime),
		}
		acks[indexedOps[op]] = ack
	}

	return sortedOps, acks, nil
}

func StorageWriteWithRetries(ctx context.Context, logger *zap.Logger, db *sql.DB, metrics Metrics, storageIndex StorageIndex, objectIDs []*api.ReadStorageObjectId, updateFn func(objects []*api.StorageObject) ([]*runtime.StorageWrite, error), maxRetries int) (*api.StorageObjectAcks, error) {
	for retryCount := 0; retryCount <= maxRetries; retryCount++ {
		objs, err := StorageReadObjects(ctx, logger, db, uuid.Nil, objectIDs) // safe: optimistic concurrency with retry: the write is keyed on the storage PK (collection, key, user_id); Version "" is INSERT ... ON CONFLICT (collection, key, user_id) DO UPDATE, "*" is a plain INSERT whose unique violation becomes ErrStorageRejectedVersion and makes this loop re-read, any other version is an UPDATE ... WHERE version = $8
		if err != nil {
			return nil, err
		}

		writes, err := updateFn(objs.Objects)
		if err != nil {
			return nil, err
		}

		ops := make(StorageOpWrites, 0, len(writes))
		for _, write := range writes {
			if write.Collection == "" {
				return nil, errors.New("write error: expects collection to be a non-empty string")
			}
			if write.Key == "" {
				return nil, errors.New("write error: expects key to be a non-empty string")
			}
			if write.UserID != "" {
				if _, err := uuid.FromString(write.UserID); err != nil {
					return nil, errors.New("write error: expects an empty or valid user id")
				}
			}
			if maybeJSON := []byte(write.Value); !json.Valid(maybeJSON) || bytes.TrimSpace(maybeJSON)[0] != byteBracket {
				return nil, errors.New("write error: value must be a JSON-encoded object")
			}

			op := &StorageOpWrite{
				Object: &api.WriteStorageObject{
					Collection:      write.Collection,
					Key:             write.Key,
					Value:           write.Value,
					Version:         write.Version,
					PermissionRead:  &wrapperspb.Int32Value{Value: int32(write.PermissionRead)},
					PermissionWrite: &wrapperspb.Int32Value{Value: int32(write.PermissionWrite)},
				},
			}
			if write.UserID == "" {
				op.OwnerID = uuid.Nil.String()
			} else {
				op.OwnerID = write.UserID
			}

			ops = append(ops, op)
		}

		acks, _, err := StorageWriteObjects(ctx, logger, db, metrics, storageIndex, true, ops)
		if err != nil {
			if errors.Is(err, runtime.ErrStorageRejectedVersion) {
				backoff := min(int64(2<<retryCount)*int64(time.Millisecond), int64(20*time.Millisecond))
				delay := time.Duration(backoff) + time.Duration(rand.Int64N(10))*time.Millisecond
				select {
				case <-ctx.Done():
					return nil, ctx.Err()
				case <-time.After(delay):
				}
				continue
			}
			return nil, err
		}

		return acks, nil
	}

	return nil, runtime.ErrStorageWriteExhaustedRetries
}

func storagePrepBatch(batch *pgx.Batch, authoritativeWrite bool, op *StorageOpWrite) {
	object := op.Object
	ownerID := op.OwnerID

	newVersion := op.expectedVersion()
	newPermissionRead := op.permissionRead()
	newPermissionWrite := op.permissionWrite()

	params := []interface{}{object.Collection, object.Key, ownerID, object.Value, newVersion, newPermissionRead, newPermissionWrite}
	var query string

	writeCheck := ""
	// Respect permissions in non-authoritative writes.
	if !authoritativeWrite {
		writeCheck = " AND storage.write = 1"
	}

	switch {
	case object.Version != "" && object.Version != "*":
		// OCC if-match.

		// Query pattern
		// (UPDATE t ... RETURNING) UNION ALL (SELECT FROM t) LIMIT 1
		// allows us to fetch row state after update even if update itself fails WHERE
		// condition.
		// That is returned values are final state of the row regardless of UPDATE success
		query = `
		WITH upd AS (
			UPDATE storage SET value = $4, version = $5, read = $6, write = $7, update_time = now()
			WHERE collection = $1 AND key = $2 AND user_id = $3 AND version = $8
		` + writeCheck + `
			RETURNING read, write, version, create_time, update_time
		)
		(SELECT read, write, version, create_time, update_time, true AS update FROM upd)
		UNION ALL
		(SELECT read, write, version, create_time, update_time, false AS update FROM storage WHERE collection = $1 and key = $2 and user_id = $3 AND NOT EXISTS (SELECT 1 FROM upd))
		LIMIT 1`

		params = append(params, object.Version)

		// Outcomes:
		// - No rows: if no rows returned, then object was not found in DB and can't be updated
		// - We have row returned, but now we need to know if update happened, that is if WHERE matched
		//	 * write != 1 means no permission to write
		//	 * dbVersion != original version means OCC failure

	case object.Version == "":
		// non-OCC write, "last write wins" kind of write

		// Similar pattern as in case above, but supports case when row
		// didn't exist in the database. Another difference is that there is no version
		// check for existing row.
		query = `
		WITH upd AS (
			INSERT INTO storage (collection, key, user_id, value, version, read, write, create_time, update_time)
				VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())
			ON CONFLICT (collection, key, user_id) DO
				UPDATE SET value = $4, version = $5, read = $6, write = $7, update_time = now()
				WHERE TRUE` + writeCheck + `
				AND NOT (storage.version = $5 AND storage.read = $6 AND storage.write = $7) -- micro optimization: don't update row unnecessarily
			RETURNING read, write, version, create_time, update_time
		)
		(SELECT read, write, version, create_time, update_time, true AS upsert FROM upd)
		UNION ALL
		(SELECT read, write, version, create_time, update_time, false AS upsert FROM storage WHERE collection = $1 and key = $2 and user_id = $3 AND NOT EXISTS (SELECT 1 FROM upd))
		LIMIT 1`

		// Outcomes:
		// - Row is always returned, need to know if update happened, that WHERE matches
		// - write != 1 means no permission to write

	case object.Version == "*":
		// OCC if-not-exists, and all other non-OCC cases.
		// Existing permission checks are not applicable for new storage objects.
		query = `
		INSERT INTO storage (collection, key, user_id, value, version, read, write, create_time, update_time)
		VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())
		RETURNING read, write, version, create_time, update_time, true AS upsert`

		// Outcomes:
		// - NoRows - insert failed due to constraint violation (concurrent insert)
	}

	batch.Queue(query, params...)
}

func storageIndexWrite(ctx context.Context, storageIndex StorageIndex, ops StorageOpWrites, acks []*api.StorageObjectAck) {
	sw := make([]*api.StorageObject, 0, len(ops))
	for i, o := range ops {
		sw = append(sw, &api.StorageObject{
			Collection:      o.Object.Collection,
			Key:             o.Object.Key,
			UserId:          o.OwnerID,
			Value:           o.Object.Value,
			Version:         acks[i].Version,
			PermissionRead:  o.Object.PermissionRead.Value,
			PermissionWrite: o.Object.PermissionWrite.Value,
			CreateTime:      acks[i].CreateTime,
			UpdateTime:      acks[i].UpdateTime,
		})
	}

	storageIndex.Write(ctx, sw)
}
