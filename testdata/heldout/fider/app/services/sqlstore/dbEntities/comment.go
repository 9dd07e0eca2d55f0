package dbEntities

import (
	"context"
	"time"

	"example.com/heldout/fider/app/models/entity"
)

// Comment is the database mapping for comments (trimmed)
type Comment struct {
	ID         int       `db:"id"`
	Content    string    `db:"content"`
	CreatedAt  time.Time `db:"created_at"`
	IsApproved bool      `db:"is_approved"`
	User       *User     `db:"user"`
}

func (c *Comment) ToModel(ctx context.Context) *entity.Comment {
	return &entity.Comment{
		ID:         c.ID,
		Content:    c.Content,
		CreatedAt:  c.CreatedAt,
		IsApproved: c.IsApproved,
		User:       c.User.ToModel(ctx),
	}
}
