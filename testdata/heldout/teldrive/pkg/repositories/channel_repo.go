package repositories

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/third_party/jet/qrm"
)

// JetChannelRepository reproduces pkg/repositories/channel_repo.go:16.
type JetChannelRepository struct {
	db jetDB
}

// NewJetChannelRepository reproduces pkg/repositories/channel_repo.go:20.
func NewJetChannelRepository(pool Pool) *JetChannelRepository {
	return &JetChannelRepository{db: newJetDB(pool)}
}

const channelColumns = `channels.channel_id AS "channels.channel_id", channels.channel_name AS "channels.channel_name",
     channels.user_id AS "channels.user_id", channels.selected AS "channels.selected", channels.created_at AS "channels.created_at"`

// Create reproduces pkg/repositories/channel_repo.go:24:
// table.Channels.INSERT(table.Channels.AllColumns).MODEL(*channel) (plain INSERT).
func (r *JetChannelRepository) Create(ctx context.Context, channel *model.Channels) error {
	if channel.CreatedAt.IsZero() {
		channel.CreatedAt = time.Now().UTC()
	}

	const stmt = `INSERT INTO teldrive.channels (channel_id, channel_name, user_id, selected, created_at)
VALUES ($1, $2, $3, $4, $5);`
	err := r.db.exec(ctx, stmt, channel.ChannelID, channel.ChannelName, channel.UserID, channel.Selected, channel.CreatedAt)

	return err
}

// GetByUserID reproduces pkg/repositories/channel_repo.go:35.
func (r *JetChannelRepository) GetByUserID(ctx context.Context, userID int64) ([]model.Channels, error) {
	const stmt = `SELECT ` + channelColumns + `
FROM teldrive.channels
WHERE channels.user_id = $1
ORDER BY channels.channel_id ASC;`

	rows, err := r.db.executor(ctx).Query(ctx, stmt, userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var out []model.Channels
	for rows.Next() {
		var c model.Channels
		if err := rows.Scan(&c.ChannelID, &c.ChannelName, &c.UserID, &c.Selected, &c.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, c)
	}

	return out, rows.Err()
}

// GetByChannelID reproduces pkg/repositories/channel_repo.go:50.
func (r *JetChannelRepository) GetByChannelID(ctx context.Context, channelID int64) (*model.Channels, error) {
	const stmt = `SELECT ` + channelColumns + `
FROM teldrive.channels
WHERE channels.channel_id = $1;`

	var out model.Channels
	if err := r.db.query(ctx, stmt, []any{channelID}, &out.ChannelID, &out.ChannelName, &out.UserID, &out.Selected, &out.CreatedAt); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}

		return nil, err
	}

	return &out, nil
}

// GetSelected reproduces pkg/repositories/channel_repo.go:65.
func (r *JetChannelRepository) GetSelected(ctx context.Context, userID int64) (*model.Channels, error) {
	const stmt = `SELECT ` + channelColumns + `
FROM teldrive.channels
WHERE (channels.user_id = $1) AND (channels.selected = $2);`

	var out model.Channels
	if err := r.db.query(ctx, stmt, []any{userID, true}, &out.ChannelID, &out.ChannelName, &out.UserID, &out.Selected, &out.CreatedAt); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}

		return nil, err
	}

	return &out, nil
}

// Update reproduces pkg/repositories/channel_repo.go:86 (only the Selected
// assignment is used by the reproduced callers).
func (r *JetChannelRepository) Update(ctx context.Context, channelID int64, update ChannelUpdate) error {
	if update.ChannelName == nil && update.Selected == nil {
		return nil
	}

	const stmt = `UPDATE teldrive.channels
SET channel_name = COALESCE($1, channel_name), selected = COALESCE($2, selected)
WHERE channels.channel_id = $3;`

	err := r.db.exec(ctx, stmt, update.ChannelName, update.Selected, channelID)

	return err
}

// GetByUserIDCreatedAfter reproduces pkg/repositories/channel_repo.go:122:
// no row -> (nil, nil).
func (r *JetChannelRepository) GetByUserIDCreatedAfter(ctx context.Context, userID int64, after time.Time) (*model.Channels, error) {
	const stmt = `SELECT ` + channelColumns + `
FROM teldrive.channels
WHERE (channels.user_id = $1) AND (channels.created_at > $2::timestamp with time zone)
ORDER BY channels.created_at DESC
LIMIT $3;`

	var out model.Channels
	if err := r.db.query(ctx, stmt, []any{userID, after, 1}, &out.ChannelID, &out.ChannelName, &out.UserID, &out.Selected, &out.CreatedAt); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, nil
		}

		return nil, err
	}

	return &out, nil
}
