package sqlstore

import (
	"fmt"

	"example.com/heldout/focalboard/server/model"
	sq "github.com/Masterminds/squirrel"
)

type BlockDoesntBelongToBoardsErr struct {
	blockID string
}

func (e BlockDoesntBelongToBoardsErr) Error() string {
	return fmt.Sprintf("block %s doesn't belong to any of the boards in the delete request", e.blockID)
}

// Reproduces server/services/store/sqlstore/boards_and_blocks.go:1-16 and :44-73.
func (s *SQLStore) createBoardsAndBlocks(db sq.BaseRunner, bab *model.BoardsAndBlocks, userID string) (*model.BoardsAndBlocks, error) {
	boards := []*model.Board{}
	blocks := []*model.Block{}

	for _, board := range bab.Boards {
		newBoard, err := s.insertBoard(db, board, userID)
		if err != nil {
			return nil, err
		}

		boards = append(boards, newBoard)
	}

	for _, block := range bab.Blocks {
		b := block
		err := s.insertBlock(db, b, userID)
		if err != nil {
			return nil, err
		}

		blocks = append(blocks, block)
	}

	newBab := &model.BoardsAndBlocks{
		Boards: boards,
		Blocks: blocks,
	}

	return newBab, nil
}
