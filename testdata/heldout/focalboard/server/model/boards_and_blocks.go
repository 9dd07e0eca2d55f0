package model

import (
	"errors"

	"example.com/heldout/focalboard/server/utils"
)

var ErrNoBoardsInBoardsAndBlocks = errors.New("at least one board is required")

type BoardsAndBlocks struct {
	Boards []*Board `json:"boards"`
	Blocks []*Block `json:"blocks"`
}

func (bab *BoardsAndBlocks) IsValid() error {
	if len(bab.Boards) == 0 {
		return ErrNoBoardsInBoardsAndBlocks
	}
	return nil
}

// GenerateBoardsAndBlocksIDs reproduces server/model/boards_and_blocks.go:137:
// every board gets a fresh utils.NewID(utils.IDTypeBoard).
func GenerateBoardsAndBlocksIDs(bab *BoardsAndBlocks) (*BoardsAndBlocks, error) {
	if err := bab.IsValid(); err != nil {
		return nil, err
	}

	blocksByBoard := map[string][]*Block{}
	for _, block := range bab.Blocks {
		blocksByBoard[block.BoardID] = append(blocksByBoard[block.BoardID], block)
	}

	boards := []*Board{}
	blocks := []*Block{}
	for _, board := range bab.Boards {
		newID := utils.NewID(utils.IDTypeBoard)
		for _, block := range blocksByBoard[board.ID] {
			block.BoardID = newID
			blocks = append(blocks, block)
		}

		board.ID = newID
		boards = append(boards, board)
	}

	newBab := &BoardsAndBlocks{
		Boards: boards,
		Blocks: GenerateBlockIDs(blocks),
	}

	return newBab, nil
}

type BoardModifier func(board *Board, cache map[string]interface{}) bool
type BlockModifier func(block *Block, cache map[string]interface{}) bool

// ImportArchiveOptions reproduces server/model/import_export.go:44.
type ImportArchiveOptions struct {
	TeamID        string
	ModifiedBy    string
	BoardModifier BoardModifier
	BlockModifier BlockModifier
}
