package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// Board reproduces models/board.go:21 (table board, docker/initsql/a-n9e.sql:182-200:
// PRIMARY KEY (id), UNIQUE KEY (group_id, name), KEY (ident) (not unique);
// a-n9e-for-Postgres.sql:214 UNIQUE (group_id, name)).
type Board struct {
	Id         int64   `json:"id" gorm:"primaryKey"`
	GroupId    int64   `json:"group_id"`
	Name       string  `json:"name"`
	Ident      string  `json:"ident"`
	Tags       string  `json:"tags"`
	Note       string  `json:"note"`
	CreateAt   int64   `json:"create_at"`
	CreateBy   string  `json:"create_by"`
	UpdateAt   int64   `json:"update_at"`
	UpdateBy   string  `json:"update_by"`
	Configs    string  `json:"configs" gorm:"-"`
	Public     int     `json:"public"`
	PublicCate int     `json:"public_cate"`
	Bgids      []int64 `json:"bgids" gorm:"-"`
	BuiltIn    int     `json:"built_in"`
	Hide       int     `json:"hide"`
}

func (b *Board) TableName() string {
	return "board"
}

func (b *Board) Verify() error {
	if b.Name == "" {
		return errors.New("Name is blank")
	}
	return nil
}

// Add reproduces models/board.go:91 (ident check :98, name check :108,
// insert :121). Callers: boardAdd (router_board.go:43), boardClone (:340),
// AtomicAdd (:130, in a default-isolation transaction; boardBatchClone
// router_board.go:380 and the AI dashboard tools).
func (b *Board) Add(ctx *ctx.Context) error {
	if err := b.Verify(); err != nil {
		return err
	}

	if b.Ident != "" {
		// ident duplicate check
		cnt, err := Count(DB(ctx).Model(b).Where("ident=?", b.Ident)) // race; no unique key: board.ident has only the non-unique KEY (ident) (a-n9e.sql:199, a-n9e-for-Postgres.sql:216)
		if err != nil {
			return err
		}

		if cnt > 0 {
			return errors.New("Ident duplicate")
		}
	}

	// UNIQUE KEY (group_id, name) fails the loser of two same-name creates.
	cnt, err := Count(DB(ctx).Model(b).Where("name = ? and group_id = ?", b.Name, b.GroupId)) // race
	if err != nil {
		return err
	}

	if cnt > 0 {
		return errors.New("Name duplicate")
	}

	now := time.Now().Unix()
	b.CreateAt = now
	b.UpdateAt = now

	return Insert(ctx, b)
}

// AtomicAdd reproduces models/board.go:124.
func (b *Board) AtomicAdd(c *ctx.Context, payload string) error {
	return DB(c).Transaction(func(tx *gorm.DB) error {
		tCtx := &ctx.Context{
			DB: tx,
		}

		if err := b.Add(tCtx); err != nil {
			return err
		}

		if payload != "" {
			if err := BoardPayloadSave(tCtx, b.Id, payload); err != nil {
				return err
			}
		}
		return nil
	})
}
