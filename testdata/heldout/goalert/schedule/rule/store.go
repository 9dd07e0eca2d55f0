package rule

import (
	"context"
	"database/sql"
	"errors"

	"github.com/google/uuid"

	"example.com/heldout/goalert/assignment"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/validation/validate"
)

// Store reproduces schedule/rule/store.go:18 (schedule_rules: only the id
// primary key and non-unique indexes, migrate/schema.sql:2424-2449).
type Store struct {
	db *sql.DB

	add     *sql.Stmt
	update  *sql.Stmt
	findTgt *sql.Stmt
}

// NewStore reproduces schedule/rule/store.go:28 (statement texts verbatim).
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	p := &util.Prepare{DB: db, Ctx: ctx}
	return &Store{
		db: db,

		add: p.P(`
			insert into schedule_rules (
				id,
				schedule_id,
				sunday,
				monday,
				tuesday,
				wednesday,
				thursday,
				friday,
				saturday,
				start_time,
				end_time,
				tgt_user_id,
				tgt_rotation_id
			) values ($1, $2, ($3::Bool[])[1], ($3::Bool[])[2], ($3::Bool[])[3], ($3::Bool[])[4], ($3::Bool[])[5], ($3::Bool[])[6], ($3::Bool[])[7], $4, $5, $6, $7)
		`),
		update: p.P(`
			update schedule_rules
			set
				schedule_id = $2,
				sunday = ($3::Bool[])[1],
				monday = ($3::Bool[])[2],
				tuesday = ($3::Bool[])[3],
				wednesday = ($3::Bool[])[4],
				thursday = ($3::Bool[])[5],
				friday = ($3::Bool[])[6],
				saturday = ($3::Bool[])[7],
				start_time = $4,
				end_time = $5,
				tgt_user_id = $6,
				tgt_rotation_id = $7
			where id = $1
		`),
		findTgt: p.P(`
			select
				id,
				schedule_id,
				ARRAY[
					sunday,
					monday,
					tuesday,
					wednesday,
					thursday,
					friday,
					saturday
				],
				start_time,
				end_time,
				tgt_user_id,
				tgt_rotation_id
			from schedule_rules
			where schedule_id = $1 AND (tgt_user_id = $2 OR tgt_rotation_id = $3)
			order by created_at, id
		`),
	}, p.Err
}

// _Add reproduces schedule/rule/store.go:114: the rule gets a fresh uuid.
func (s *Store) _Add(ctx context.Context, stmt *sql.Stmt, r *Rule) (*Rule, error) {
	n, err := r.Normalize()
	if err != nil {
		return nil, err
	}

	err = permission.LimitCheckAny(ctx, permission.All)
	if err != nil {
		return nil, err
	}

	n.ID = uuid.New().String()
	_, err = stmt.ExecContext(ctx, n.readFields()...)
	if err != nil {
		return nil, err
	}

	return n, nil
}

// CreateRuleTx reproduces schedule/rule/store.go:142.
func (s *Store) CreateRuleTx(ctx context.Context, tx *sql.Tx, r *Rule) (*Rule, error) {
	if tx == nil {
		return s._Add(ctx, s.add, r)
	}
	return s._Add(ctx, tx.Stmt(s.add), r)
}

// FindByTargetTx reproduces schedule/rule/store.go:149.
func (s *Store) FindByTargetTx(ctx context.Context, tx *sql.Tx, scheduleID string, target assignment.Target) ([]Rule, error) {
	err := permission.LimitCheckAny(ctx, permission.All)
	if err != nil {
		return nil, err
	}
	err = validate.Many(
		validate.UUID("ScheduleID", scheduleID),
		validate.OneOf("TargetType", target.TargetType(), assignment.TargetTypeUser, assignment.TargetTypeRotation),
		validate.UUID("TargetID", target.TargetID()),
	)
	if err != nil {
		return nil, err
	}

	stmt := s.findTgt
	if tx != nil {
		stmt = tx.StmtContext(ctx, stmt)
	}

	var tgtUser, tgtRot sql.NullString
	switch target.TargetType() {
	case assignment.TargetTypeUser:
		tgtUser.Valid = true
		tgtUser.String = target.TargetID()
	case assignment.TargetTypeRotation:
		tgtRot.Valid = true
		tgtRot.String = target.TargetID()
	}

	rows, err := stmt.QueryContext(ctx, scheduleID, tgtUser, tgtRot)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var result []Rule
	var r Rule
	for rows.Next() {
		err = r.scanFrom(rows)
		if err != nil {
			return nil, err
		}
		result = append(result, r)
	}

	return result, nil
}

// UpdateTx reproduces schedule/rule/store.go:222.
func (s *Store) UpdateTx(ctx context.Context, tx *sql.Tx, r *Rule) error {
	err := permission.LimitCheckAny(ctx, permission.All)
	if err != nil {
		return err
	}
	n, err := r.Normalize()
	if err != nil {
		return err
	}

	f := n.readFields()

	stmt := s.update
	if tx != nil {
		stmt = tx.StmtContext(ctx, stmt)
	}
	_, err = stmt.ExecContext(ctx, f...)
	if err != nil {
		return err
	}
	return nil
}
