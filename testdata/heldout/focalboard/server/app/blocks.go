package app

import (
	"example.com/heldout/focalboard/server/model"
	"example.com/heldout/focalboard/server/utils"
)

// InsertBlocksAndNotify reproduces server/app/blocks.go:163 (broadcasts
// and notifications dropped). Its HTTP caller, handlePostBlocks, replaces
// every block ID first (api/blocks.go:285 model.GenerateBlockIDs).
func (a *App) InsertBlocksAndNotify(blocks []*model.Block, modifiedByID string, disableNotify bool) ([]*model.Block, error) {
	if len(blocks) == 0 {
		return []*model.Block{}, nil
	}

	boardID := blocks[0].BoardID
	if _, err := a.store.GetBoard(boardID); err != nil {
		return nil, err
	}

	for i := range blocks {
		err := a.store.InsertBlock(blocks[i], modifiedByID)
		if err != nil {
			return nil, err
		}
	}
	return blocks, nil
}

// CreateCard reproduces server/app/cards.go:13, trimmed: the card block gets
// a fresh utils.NewID(utils.IDTypeCard).
func (a *App) CreateCard(block *model.Block, boardID string, userID string, disableNotify bool) (*model.Block, error) {
	block.ID = utils.NewID(utils.IDTypeCard)
	block.BoardID = boardID
	block.Type = model.TypeCard

	newBlocks, err := a.InsertBlocksAndNotify([]*model.Block{block}, userID, disableNotify)
	if err != nil {
		return nil, err
	}
	return newBlocks[0], nil
}

// UndeleteBlock reproduces server/app/blocks.go:259 (POST
// /boards/{boardID}/blocks/{blockID}/undelete, api/blocks.go:405,473),
// the re-read and broadcasts dropped.
func (a *App) UndeleteBlock(blockID string, modifiedBy string) (*model.Block, error) {
	blocks, err := a.store.GetBlockHistory(blockID, model.QueryBlockHistoryOptions{Limit: 1, Descending: true})
	if err != nil {
		return nil, err
	}

	if len(blocks) == 0 {
		// undeleting non-existing block not considered an error
		return nil, nil
	}

	err = a.store.UndeleteBlock(blockID, modifiedBy)
	if err != nil {
		return nil, err
	}

	return blocks[0], nil
}
