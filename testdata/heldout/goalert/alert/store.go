package alert

import (
	"context"
	"database/sql"
	"errors"

	"github.com/google/uuid"

	"example.com/heldout/goalert/alert/alertlog"
	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/util/sqlutil"
)

// Store reproduces alert/store.go:24 (trimmed).
type Store struct {
	db    *sql.DB
	logDB *alertlog.Store

	createUpdNew   *sql.Stmt
	createUpdAck   *sql.Stmt
	createUpdClose *sql.Stmt
}

// NewStore reproduces alert/store.go:51 (statement texts verbatim).
// alerts: CREATE UNIQUE INDEX idx_no_alert_duplicates ON alerts (service_id,
// dedup_key) (migrate/schema.sql:1679); dedup_key is NULL once closed
// (dedup_key_only_for_open_alerts, :1672).
func NewStore(ctx context.Context, db *sql.DB, logDB *alertlog.Store) (*Store, error) {
	prep := &util.Prepare{DB: db, Ctx: ctx}

	p := prep.P

	return &Store{
		db:    db,
		logDB: logDB,

		createUpdNew: p(`
			WITH existing as (
				SELECT id, summary, details, status, source, created_at, false
				FROM alerts
				WHERE service_id = $3 AND dedup_key = $5
			), to_insert as (
				SELECT 1
				EXCEPT
				SELECT 1
				FROM existing
			), inserted as (
				INSERT INTO alerts (
					summary, details, service_id, source, dedup_key
				)
				SELECT $1, $2, $3, $4, $5
				FROM to_insert
				RETURNING id, summary, details, status, source, created_at, true
			)
			SELECT * FROM existing
			UNION
			SELECT * FROM inserted
		`),
		createUpdAck: p(`
			UPDATE alerts a
			SET status = 'active'
			FROM alerts old
			WHERE
				old.id = a.id AND
				a.service_id = $1 AND
				a.dedup_key = $2 AND
				a.status != 'closed'
			RETURNING a.id, a.summary, a.details, old.status, a.created_at
		`),
		createUpdClose: p(`
			UPDATE alerts a
			SET status = 'closed'
			WHERE
				service_id = $1 and
				dedup_key = $2 and
				status != 'closed'
			RETURNING id, summary, details, created_at
		`),
	}, prep.Err
}

// CreateOrUpdateTx reproduces alert/store.go:519 (meta handling trimmed).
// Callers: the generic API, Grafana, Prometheus Alertmanager, Site24x7,
// email (smtpsrv) and universal integration keys, the createAlert GraphQL
// mutation path and the heartbeat manager (engine/heartbeatmanager/
// process.go:49), all via createOrUpdate (:612) or directly in their own
// transaction. The lookup of the open alert by (service_id, dedup_key) and
// the insert are one statement (createUpdNew :79-100), run after the
// service row has been locked FOR UPDATE (Alert_LockService, :545;
// alert/queries.sql:119-127), and idx_no_alert_duplicates (service_id,
// dedup_key) backs it (migrate/schema.sql:1679).
func (s *Store) CreateOrUpdateTx(ctx context.Context, tx *sql.Tx, a *Alert) (*Alert, bool, error) {
	err := permission.LimitCheckAny(ctx,
		permission.System,
		permission.Admin,
		permission.User,
		permission.MatchService(a.ServiceID),
	)
	if err != nil {
		return nil, false, err
	}

	n, err := a.Normalize() // validation
	if err != nil {
		return nil, false, err
	}

	err = gadb.New(tx).Alert_LockService(ctx, uuid.MustParse(n.ServiceID))
	if err != nil {
		return nil, false, err
	}

	var inserted bool
	var logType alertlog.Type
	var meta interface{}
	switch n.Status {
	case StatusTriggered:
		// near-miss N2: lookup-or-insert of the open alert by (service_id, dedup_key) in one CTE, under the service row lock.
		err = tx.Stmt(s.createUpdNew). // safe: single INSERT ... SELECT ... EXCEPT existing statement run after Alert_LockService (SELECT ... FROM services ... FOR UPDATE) serialized callers per service; idx_no_alert_duplicates UNIQUE (service_id, dedup_key) backs it
						QueryRowContext(ctx, n.Summary, n.Details, n.ServiceID, n.Source, n.DedupKey()).
						Scan(&n.ID, &n.Summary, &n.Details, &n.Status, &n.Source, &n.CreatedAt, &inserted)
		if !inserted {
			logType = alertlog.TypeDuplicateSupressed
		} else {
			logType = alertlog.TypeCreated
			_, err := gadb.New(tx).Alert_ServiceEPHasSteps(ctx, uuid.MustParse(n.ServiceID))
			if err != nil {
				return nil, false, err
			}
		}
	case StatusActive:
		var oldStatus Status
		err = tx.Stmt(s.createUpdAck).
			QueryRowContext(ctx, n.ServiceID, n.DedupKey()).
			Scan(&n.ID, &n.Summary, &n.Details, &oldStatus, &n.CreatedAt)
		if oldStatus != n.Status {
			logType = alertlog.TypeAcknowledged
		}
	case StatusClosed:
		err = tx.Stmt(s.createUpdClose).
			QueryRowContext(ctx, n.ServiceID, n.DedupKey()).
			Scan(&n.ID, &n.Summary, &n.Details, &n.CreatedAt)
		logType = alertlog.TypeClosed
	}
	if errors.Is(err, sql.ErrNoRows) {
		// already closed/doesn't exist
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if logType != "" {
		s.logDB.MustLogTx(ctx, tx, n.ID, logType, meta)
	}

	return n, inserted, nil
}

// CreateOrUpdate reproduces alert/store.go:603.
func (s *Store) CreateOrUpdate(ctx context.Context, a *Alert) (*Alert, bool, error) {
	return s.createOrUpdate(ctx, a, nil)
}

// createOrUpdate reproduces alert/store.go:612 (metadata and logging trimmed).
func (s *Store) createOrUpdate(ctx context.Context, a *Alert, meta map[string]string) (*Alert, bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, false, err
	}
	defer sqlutil.Rollback(ctx, "alert: upsert", tx)

	n, isNew, err := s.CreateOrUpdateTx(ctx, tx, a)
	if err != nil {
		return nil, false, err
	}

	err = tx.Commit()
	if err != nil {
		return nil, false, err
	}

	return n, isNew, nil
}
