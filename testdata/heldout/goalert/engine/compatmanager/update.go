package compatmanager

import (
	"context"
	"fmt"
	"strings"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util/log"
	"example.com/heldout/goalert/util/sqlutil"
	"github.com/google/uuid"
)

// UpdateAll reproduces engine/compatmanager/update.go:16 verbatim (engine
// cycle). Both helpers start their transaction with db.lock.BeginTx, the
// EXCLUSIVE compat-module lock (engine_processing_versions row FOR UPDATE
// NOWAIT, engine/processinglock/lock.go:88).
//
// UpdateAll will process compatibility entries for the cycle.
func (db *DB) UpdateAll(ctx context.Context) error {
	err := permission.LimitCheckAny(ctx, permission.System)
	if err != nil {
		return err
	}
	log.Debugf(ctx, "Running compat operations.")

	err = db.updateContactMethods(ctx)
	if err != nil {
		return fmt.Errorf("update contact methods: %w", err)
	}

	err = db.updateAuthSubjects(ctx)
	if err != nil {
		return fmt.Errorf("update auth subjects: %w", err)
	}

	return nil
}

func (db *DB) updateAuthSubjects(ctx context.Context) error {
	tx, err := db.lock.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin tx: %w", err)
	}
	defer sqlutil.Rollback(ctx, "engine: update auth subjects", tx)

	q := gadb.New(tx)
	// near-miss N10: contact methods without an auth subject (NOT EXISTS), then the auth subject is upserted.
	rows, err := q.CompatCMMissingSub(ctx) // safe: the write is CompatUpsertAuthSubject, INSERT ... ON CONFLICT (subject_id, provider_id) DO UPDATE on auth_subjects_pkey; rows are claimed FOR UPDATE SKIP LOCKED and the module lock is exclusive (processinglock BeginTx)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	for _, row := range rows {
		u, err := db.cs.User(ctx, row.Value)
		if err != nil {
			log.Log(ctx, fmt.Errorf("update auth subjects: lookup Slack user (%s): %w", row.Value, err))
			continue
		}

		err = q.CompatUpsertAuthSubject(ctx, gadb.CompatUpsertAuthSubjectParams{
			UserID:     row.UserID,
			ProviderID: "slack:" + u.TeamID,
			SubjectID:  u.ID,
			CmID:       uuid.NullUUID{UUID: row.ID, Valid: true},
		})
		if err != nil {
			return fmt.Errorf("upsert auth subject: %w", err)
		}
	}

	err = tx.Commit()
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}

	return nil
}

// updateContactMethods will create contact methods for associated auth_subjects (e.g. Slack direct message).
//
// To do this, we look for auth_subjects that are missing the contact method ID
// field (`cm_id`) for slack, and create a Slack DM contact method for the user
// associated with the record.
func (db *DB) updateContactMethods(ctx context.Context) error {
	tx, err := db.lock.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin tx: %w", err)
	}
	defer sqlutil.Rollback(ctx, "engine: update contact methods", tx)

	q := gadb.New(tx)
	// near-miss N9: Slack auth subjects with cm_id IS NULL, then a contact method is inserted for each.
	rows, err := q.CompatAuthSubSlackMissingCM(ctx) // safe: the insert is CompatInsertUserCM, INSERT ... ON CONFLICT (type, value) DO NOTHING on user_contact_methods_type_value_key; rows are claimed FOR UPDATE SKIP LOCKED and the module lock is exclusive (processinglock BeginTx)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}

	for _, s := range rows {
		// provider id contains the team id in the format "slack:team_id"
		// but we need to store the contact method id in the format "team_id:subject_id"
		teamID := strings.TrimPrefix(s.ProviderID, "slack:")
		value := s.SubjectID
		team, err := db.cs.Team(ctx, teamID)
		if err != nil {
			log.Log(ctx, err)
			continue
		}

		err = q.CompatInsertUserCM(ctx, gadb.CompatInsertUserCMParams{
			ID:     uuid.New(),
			Name:   team.Name,
			Type:   gadb.EnumUserContactMethodTypeSLACKDM,
			Value:  value,
			UserID: s.UserID,
		})
		if err != nil {
			return fmt.Errorf("insert cm: %w", err)
		}

		err = q.CompatAuthSubSetCMID(ctx, gadb.CompatAuthSubSetCMIDParams{
			ID:    s.ID,
			Value: value,
		})
		if err != nil {
			return fmt.Errorf("update sub cm_id: %w", err)
		}
	}

	return tx.Commit()
}
