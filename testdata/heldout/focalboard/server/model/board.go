package model

type BoardType string
type BoardRole string

const (
	BoardTypeOpen    BoardType = "O"
	BoardTypePrivate BoardType = "P"
)

const (
	BoardRoleNone      BoardRole = ""
	BoardRoleViewer    BoardRole = "viewer"
	BoardRoleCommenter BoardRole = "commenter"
	BoardRoleEditor    BoardRole = "editor"
	BoardRoleAdmin     BoardRole = "admin"
)

// Board reproduces server/model/board.go:33 (boards table,
// 000018_add_teams_and_boards.up.sql:61, id VARCHAR(36) NOT NULL PRIMARY KEY).
type Board struct {
	ID              string                   `json:"id"`
	TeamID          string                   `json:"teamId"`
	ChannelID       string                   `json:"channelId"`
	CreatedBy       string                   `json:"createdBy"`
	ModifiedBy      string                   `json:"modifiedBy"`
	Type            BoardType                `json:"type"`
	MinimumRole     BoardRole                `json:"minimumRole"`
	Title           string                   `json:"title"`
	Description     string                   `json:"description"`
	Icon            string                   `json:"icon"`
	ShowDescription bool                     `json:"showDescription"`
	IsTemplate      bool                     `json:"isTemplate"`
	TemplateVersion int                      `json:"templateVersion"`
	Properties      map[string]interface{}   `json:"properties"`
	CardProperties  []map[string]interface{} `json:"cardProperties"`
	CreateAt        int64                    `json:"createAt"`
	UpdateAt        int64                    `json:"updateAt"`
	DeleteAt        int64                    `json:"deleteAt"`
}

// BoardMember reproduces server/model/board.go:172 (board_members table,
// 000018_add_teams_and_boards.up.sql:296, PRIMARY KEY (board_id, user_id)).
type BoardMember struct {
	BoardID         string `json:"boardId"`
	UserID          string `json:"userId"`
	Roles           string `json:"roles"`
	MinimumRole     string `json:"minimumRole"`
	SchemeAdmin     bool   `json:"schemeAdmin"`
	SchemeEditor    bool   `json:"schemeEditor"`
	SchemeCommenter bool   `json:"schemeCommenter"`
	SchemeViewer    bool   `json:"schemeViewer"`
	Synthetic       bool   `json:"synthetic"`
}

// QueryBoardHistoryOptions reproduces server/model/board.go.
type QueryBoardHistoryOptions struct {
	BeforeUpdateAt int64
	AfterUpdateAt  int64
	Limit          uint64
	Descending     bool
}
