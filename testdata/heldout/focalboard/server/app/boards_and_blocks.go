package app

import (
	"example.com/heldout/focalboard/server/model"
)

// CreateBoardsAndBlocks reproduces server/app/boards_and_blocks.go:10
// (broadcasts dropped; the addMember branch calls
// store.CreateBoardsAndBlocksWithAdmin upstream, not reproduced).
func (a *App) CreateBoardsAndBlocks(bab *model.BoardsAndBlocks, userID string, addMember bool) (*model.BoardsAndBlocks, error) {
	newBab, err := a.store.CreateBoardsAndBlocks(bab, userID)
	if err != nil {
		return nil, err
	}

	for _, board := range newBab.Boards {
		if !board.IsTemplate {
			if err := a.addBoardsToDefaultCategory(userID, board.TeamID, []*model.Board{board}); err != nil {
				return nil, err
			}
		}
	}

	return newBab, nil
}
