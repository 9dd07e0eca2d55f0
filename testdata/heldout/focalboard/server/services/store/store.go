// Package store reproduces server/services/store/store.go: the Store
// interface implemented by sqlstore.SQLStore (and, in plugin mode, by the
// mattermostauthlayer), trimmed to the methods the reproduction uses.
package store

import "example.com/heldout/focalboard/server/model"

type Store interface {
	GetRegisteredUserCount() (int, error)
	GetUserByUsername(username string) (*model.User, error)
	GetUserByEmail(email string) (*model.User, error)
	CreateUser(user *model.User) (*model.User, error)

	GetBoard(boardID string) (*model.Board, error)
	InsertBoard(board *model.Board, userID string) (*model.Board, error)
	InsertBoardWithAdmin(board *model.Board, userID string) (*model.Board, *model.BoardMember, error)
	GetTemplateBoards(teamID, userID string) ([]*model.Board, error)
	RemoveDefaultTemplates(boards []*model.Board) error
	CreateBoardsAndBlocks(bab *model.BoardsAndBlocks, userID string) (*model.BoardsAndBlocks, error)
	GetBoardsForUserAndTeam(userID, teamID string, includePublicBoards bool) ([]*model.Board, error)

	InsertBlock(block *model.Block, userID string) error
	GetBlockHistory(blockID string, opts model.QueryBlockHistoryOptions) ([]*model.Block, error)
	UndeleteBlock(blockID string, modifiedBy string) error
	GetBoardHistory(boardID string, opts model.QueryBoardHistoryOptions) ([]*model.Board, error)
	UndeleteBoard(boardID string, modifiedBy string) error

	GetMemberForBoard(boardID, userID string) (*model.BoardMember, error)
	GetMembersForBoard(boardID string) ([]*model.BoardMember, error)
	GetMembersForUser(userID string) ([]*model.BoardMember, error)
	SaveMember(bm *model.BoardMember) (*model.BoardMember, error)

	GetCategory(id string) (*model.Category, error)
	CreateCategory(category model.Category) error
	GetUserCategoryBoards(userID, teamID string) ([]model.CategoryBoards, error)
	AddUpdateCategoryBoard(userID, categoryID string, boardIDs []string) error

	GetTeam(ID string) (*model.Team, error)
	UpsertTeamSignupToken(team model.Team) error

	GetSystemSettings() (map[string]string, error)
	SetSystemSetting(key, value string) error
}
