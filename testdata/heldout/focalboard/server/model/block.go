package model

import (
	"errors"

	"example.com/heldout/focalboard/server/utils"
)

type BlockType string

const (
	TypeBoard BlockType = "board"
	TypeCard  BlockType = "card"
	TypeView  BlockType = "view"
)

// Block reproduces server/model/block.go (blocks table, PRIMARY KEY (id)
// since 000025_indexes_update.up.sql:4/9/32).
type Block struct {
	ID         string                 `json:"id"`
	ParentID   string                 `json:"parentId"`
	CreatedBy  string                 `json:"createdBy"`
	ModifiedBy string                 `json:"modifiedBy"`
	Schema     int64                  `json:"schema"`
	Type       BlockType              `json:"type"`
	Title      string                 `json:"title"`
	Fields     map[string]interface{} `json:"fields"`
	CreateAt   int64                  `json:"createAt"`
	UpdateAt   int64                  `json:"updateAt"`
	DeleteAt   int64                  `json:"deleteAt"`
	BoardID    string                 `json:"boardId"`
}

var ErrBlockEmptyBoardID = errors.New("boardID is empty")

// IsValid reproduces the BoardID check of Block.IsValid.
func (b *Block) IsValid() error {
	if b.BoardID == "" {
		return ErrBlockEmptyBoardID
	}
	return nil
}

// GenerateBlockIDs reproduces server/model/blockid.go:15, trimmed: every
// block gets a new ID; references from other blocks (parent_id) are
// remapped.
func GenerateBlockIDs(blocks []*Block) []*Block {
	newIDs := map[string]string{}
	for _, block := range blocks {
		newIDs[block.ID] = utils.NewID(utils.IDTypeBlock)
	}
	newBlocks := make([]*Block, len(blocks))
	for i, block := range blocks {
		b := *block
		b.ID = newIDs[block.ID]
		if id, ok := newIDs[b.ParentID]; ok {
			b.ParentID = id
		}
		newBlocks[i] = &b
	}
	return newBlocks
}

// QueryBlockHistoryOptions reproduces server/model/block.go.
type QueryBlockHistoryOptions struct {
	BeforeUpdateAt int64
	AfterUpdateAt  int64
	Limit          uint64
	Descending     bool
}
