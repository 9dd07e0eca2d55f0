package app

import (
	"encoding/json"
	"fmt"
	"io"

	"example.com/heldout/focalboard/server/model"
)

// ImportArchive reproduces server/app/import.go:38, trimmed: upstream reads
// a zip (or legacy JSONL) archive and calls ImportBoardJSONL per board; here
// the archive is a JSON model.BoardsAndBlocks.
func (a *App) ImportArchive(r io.Reader, opt model.ImportArchiveOptions) error {
	var bab model.BoardsAndBlocks
	if err := json.NewDecoder(r).Decode(&bab); err != nil {
		return err
	}
	_, err := a.ImportBoardJSONL(&bab, opt)
	return err
}

// ImportBoardJSONL reproduces server/app/import.go:151-305, trimmed to the
// writes: modifiers, new IDs (:259), CreateBoardsAndBlocks (:264), admin
// member (:277).
func (a *App) ImportBoardJSONL(bab *model.BoardsAndBlocks, opt model.ImportArchiveOptions) (*model.Board, error) {
	boardsAndBlocks := &model.BoardsAndBlocks{}
	cache := map[string]interface{}{}
	for _, board := range bab.Boards {
		board.TeamID = opt.TeamID
		if opt.BoardModifier == nil || opt.BoardModifier(board, cache) {
			boardsAndBlocks.Boards = append(boardsAndBlocks.Boards, board)
		}
	}
	for _, block := range bab.Blocks {
		if opt.BlockModifier == nil || opt.BlockModifier(block, cache) {
			boardsAndBlocks.Blocks = append(boardsAndBlocks.Blocks, block)
		}
	}

	var err error
	boardsAndBlocks, err = model.GenerateBoardsAndBlocksIDs(boardsAndBlocks)
	if err != nil {
		return nil, fmt.Errorf("error generating archive block IDs: %w", err)
	}

	boardsAndBlocks, err = a.CreateBoardsAndBlocks(boardsAndBlocks, opt.ModifiedBy, false)
	if err != nil {
		return nil, fmt.Errorf("error inserting archive blocks: %w", err)
	}

	// add users to all the new boards (if not the fake system user).
	for _, board := range boardsAndBlocks.Boards {
		// make sure an admin user gets added
		adminMember := &model.BoardMember{
			BoardID:     board.ID,
			UserID:      opt.ModifiedBy,
			SchemeAdmin: true,
		}
		if _, err2 := a.AddMemberToBoard(adminMember); err2 != nil {
			return nil, fmt.Errorf("cannot add adminMember to board: %w", err2)
		}
	}

	// find new board id
	for _, board := range boardsAndBlocks.Boards {
		return board, nil
	}
	return nil, nil
}
