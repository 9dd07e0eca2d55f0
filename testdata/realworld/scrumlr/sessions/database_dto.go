// Package sessions is a reduced copy of server/src/sessions.
package sessions

import (
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/scrumlr/common"
	"example.com/realworld/scrumlr/role"
	"example.com/realworld/scrumlr/third_party/uuid"
)

// DatabaseBoardSession is server/src/sessions/database_dto.go:12.
type DatabaseBoardSession struct {
	bun.BaseModel     `bun:"table:board_sessions"`
	Board             uuid.UUID
	User              uuid.UUID
	Avatar            *common.Avatar
	Name              string
	ShowHiddenColumns bool
	Connected         bool
	Ready             bool
	RaisedHand        bool
	Role              role.Role
	Banned            bool
	Favourite         bool
	AccountType       common.AccountType
	CreatedAt         time.Time
}

// DatabaseBoardSessionInsert is server/src/sessions/database_dto.go:29.
type DatabaseBoardSessionInsert struct {
	bun.BaseModel `bun:"table:board_sessions"`
	Board         uuid.UUID
	User          uuid.UUID
	Role          role.Role
}

// BoardSessionCreateRequest is server/src/sessions/dto.go.
type BoardSessionCreateRequest struct {
	Board uuid.UUID
	User  uuid.UUID
	Role  role.Role
}

// BoardSession is server/src/sessions/dto.go (fields trimmed).
type BoardSession struct {
	Board uuid.UUID
	User  uuid.UUID
	Role  role.Role
}
