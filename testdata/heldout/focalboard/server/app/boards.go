package app

import (
	"errors"
	"fmt"

	"example.com/heldout/focalboard/server/model"
	"example.com/heldout/focalboard/server/utils"
)

// Reproduces server/app/boards.go, trimmed (websocket broadcasts,
// permission-based SchemeAdmin upgrades and channel messages dropped).

var (
	ErrNewBoardCannotHaveID = errors.New("new board cannot have an ID")
)

var errNoDefaultCategoryFound = errors.New("no default category found for user")

// setBoardCategoryFromSource reproduces server/app/boards.go:147 (lookup
// :149, not-found branch :166-173).
func (a *App) setBoardCategoryFromSource(sourceBoardID, destinationBoardID, userID, teamID string, asTemplate bool) error {
	// find source board's category ID for the user
	// Not found -> addBoardsToDefaultCategory -> AddUpdateUserCategoryBoard
	// -> sqlstore addUpdateCategoryBoard: INSERT ... ON CONFLICT (user_id,
	// board_id) DO UPDATE / ON DUPLICATE KEY UPDATE on
	// unique_user_category_board (000036_category_board_add_unique_constraint.up.sql:2,18).
	userCategoryBoards, err := a.GetUserCategoryBoards(userID, teamID) // safe: the create is an atomic upsert on UNIQUE(user_id, board_id) of category_boards
	if err != nil {
		return err
	}

	var destinationCategoryID string

	for _, categoryBoard := range userCategoryBoards {
		for _, metadata := range categoryBoard.BoardMetadata {
			if metadata.BoardID == sourceBoardID {
				// category found!
				destinationCategoryID = categoryBoard.ID
				break
			}
		}
	}

	if destinationCategoryID == "" {
		// if source board is not mapped to a category for this user,
		// then move new board to default category
		if !asTemplate {
			return a.addBoardsToDefaultCategory(userID, teamID, []*model.Board{{ID: destinationBoardID}})
		} else {
			return nil
		}
	}

	// now that we have source board's category,
	// we send destination board to the same category
	return a.AddUpdateUserCategoryBoard(teamID, userID, destinationCategoryID, []string{destinationBoardID})
}

// DuplicateBoard reproduces the category part of server/app/boards.go:181
// (the store DuplicateBoard call is replaced by the already duplicated
// boards: it inserts them under ids from model.GenerateBoardsAndBlocksIDs).
func (a *App) DuplicateBoard(boardID, userID, toTeam string, asTemplate bool, bab *model.BoardsAndBlocks) (*model.BoardsAndBlocks, error) {
	if !asTemplate {
		for _, board := range bab.Boards {
			if categoryErr := a.setBoardCategoryFromSource(boardID, board.ID, userID, toTeam, asTemplate); categoryErr != nil {
				return nil, categoryErr
			}
		}
	}
	return bab, nil
}

func (a *App) GetBoardsForUserAndTeam(userID, teamID string, includePublicBoards bool) ([]*model.Board, error) {
	return a.store.GetBoardsForUserAndTeam(userID, teamID, includePublicBoards)
}

// CreateBoard reproduces server/app/boards.go:233.
func (a *App) CreateBoard(board *model.Board, userID string, addMember bool) (*model.Board, error) {
	if board.ID != "" {
		return nil, ErrNewBoardCannotHaveID
	}
	board.ID = utils.NewID(utils.IDTypeBoard)

	var newBoard *model.Board
	var err error
	if addMember {
		newBoard, _, err = a.store.InsertBoardWithAdmin(board, userID)
	} else {
		newBoard, err = a.store.InsertBoard(board, userID)
	}

	if err != nil {
		return nil, err
	}

	if !board.IsTemplate {
		if err := a.addBoardsToDefaultCategory(userID, newBoard.TeamID, []*model.Board{newBoard}); err != nil {
			return nil, err
		}
	}

	return newBoard, nil
}

// addBoardsToDefaultCategory reproduces server/app/boards.go:278.
func (a *App) addBoardsToDefaultCategory(userID, teamID string, boards []*model.Board) error {
	userCategoryBoards, err := a.GetUserCategoryBoards(userID, teamID)
	if err != nil {
		return err
	}

	defaultCategoryID := ""
	for _, categoryBoard := range userCategoryBoards {
		if categoryBoard.Name == defaultCategoryBoards {
			defaultCategoryID = categoryBoard.ID
			break
		}
	}

	if defaultCategoryID == "" {
		return fmt.Errorf("%w userID: %s", errNoDefaultCategoryFound, userID)
	}

	boardIDs := make([]string, len(boards))
	for i := range boards {
		boardIDs[i] = boards[i].ID
	}

	if err := a.AddUpdateUserCategoryBoard(teamID, userID, defaultCategoryID, boardIDs); err != nil {
		return err
	}

	return nil
}

func (a *App) GetMembersForBoard(boardID string) ([]*model.BoardMember, error) {
	return a.store.GetMembersForBoard(boardID)
}

func (a *App) GetMembersForUser(userID string) ([]*model.BoardMember, error) {
	return a.store.GetMembersForUser(userID)
}

// AddMemberToBoard reproduces server/app/boards.go:513 (lookup :522,
// SaveMember :531). Callers: POST /boards/{boardID}/members
// (api/members.go:172), POST /boards/{boardID}/join (api/members.go:284),
// the @mention auto-add (notifymentions/mentions_backend.go:188-201) and
// ImportBoardJSONL (import.go:277,292).
func (a *App) AddMemberToBoard(member *model.BoardMember) (*model.BoardMember, error) {
	board, err := a.store.GetBoard(member.BoardID)
	if model.IsErrNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}

	// Not found (or synthetic) -> store.SaveMember -> sqlstore saveMember,
	// whose board_members write is INSERT ... ON CONFLICT (board_id, user_id)
	// DO UPDATE / ON DUPLICATE KEY UPDATE on the PRIMARY KEY (board_id,
	// user_id) (000018_add_teams_and_boards.up.sql:304). The history row
	// written inside saveMember is catalogued as its own site.
	existingMembership, err := a.store.GetMemberForBoard(member.BoardID, member.UserID) // safe: the member row is created by an atomic upsert on the board_members primary key (board_id, user_id)
	if err != nil && !model.IsErrNotFound(err) {
		return nil, err
	}

	if existingMembership != nil && !existingMembership.Synthetic {
		return existingMembership, nil
	}

	newMember, err := a.store.SaveMember(member)
	if err != nil {
		return nil, err
	}

	if !board.IsTemplate {
		if err = a.addBoardsToDefaultCategory(member.UserID, board.TeamID, []*model.Board{board}); err != nil {
			return nil, err
		}
	}

	return newMember, nil
}

// UpdateBoardMember reproduces server/app/boards.go:558 (lookup :567).
func (a *App) UpdateBoardMember(member *model.BoardMember) (*model.BoardMember, error) {
	_, bErr := a.store.GetBoard(member.BoardID)
	if model.IsErrNotFound(bErr) {
		return nil, nil
	}
	if bErr != nil {
		return nil, bErr
	}

	oldMember, err := a.store.GetMemberForBoard(member.BoardID, member.UserID) // safe: not found returns nil; the lookup only guards the update of an existing member
	if model.IsErrNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}

	// if we're updating an admin, we need to check that there is at
	// least still another admin on the board
	if oldMember.SchemeAdmin && !member.SchemeAdmin {
		isLastAdmin, err2 := a.isLastAdmin(member.UserID, member.BoardID)
		if err2 != nil {
			return nil, err2
		}
		if isLastAdmin {
			return nil, model.ErrBoardMemberIsLastAdmin
		}
	}

	newMember, err := a.store.SaveMember(member)
	if err != nil {
		return nil, err
	}

	return newMember, nil
}

func (a *App) isLastAdmin(userID, boardID string) (bool, error) {
	members, err := a.store.GetMembersForBoard(boardID)
	if err != nil {
		return false, err
	}

	for _, m := range members {
		if m.SchemeAdmin && m.UserID != userID {
			return false, nil
		}
	}
	return true, nil
}

// UndeleteBoard reproduces server/app/boards.go:667 (POST
// /boards/{boardID}/undelete, api/boards.go:554,594), broadcasts dropped.
func (a *App) UndeleteBoard(boardID string, modifiedBy string) error {
	boards, err := a.store.GetBoardHistory(boardID, model.QueryBoardHistoryOptions{Limit: 1, Descending: true})
	if err != nil {
		return err
	}

	if len(boards) == 0 {
		// undeleting non-existing board not considered an error
		return nil
	}

	err = a.store.UndeleteBoard(boardID, modifiedBy)
	if err != nil {
		return err
	}

	board, err := a.store.GetBoard(boardID)
	if err != nil {
		return err
	}

	if board == nil {
		a.logger.Error("Error loading the board after undelete, not propagating through websockets or notifications")
		return nil
	}

	return nil
}
