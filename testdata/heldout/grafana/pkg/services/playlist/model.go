package playlist

import "errors"

// Upstream: pkg/services/playlist/model.go (not read; fields as the store
// uses them).
var ErrPlaylistFailedGenerateUniqueUid = errors.New("failed to generate unique playlist UID")

type Playlist struct {
	Id       int64  `json:"id,omitempty" db:"id"`
	UID      string `json:"uid" xorm:"uid" db:"uid"`
	Name     string `json:"name" db:"name"`
	Interval string `json:"interval" db:"interval"`
	OrgId    int64  `json:"-" db:"org_id"`
}

type PlaylistDTO struct {
	Uid      string `json:"uid"`
	Name     string `json:"name"`
	Interval string `json:"interval"`
}

type PlaylistItem struct {
	Id         int64  `db:"id"`
	PlaylistId int64  `db:"playlist_id"`
	Type       string `json:"type" db:"type"`
	Value      string `json:"value" db:"value"`
	Order      int    `json:"order" db:"order"`
	Title      string `json:"title" db:"title"`
}

type PlaylistItemDTO struct {
	Type  string `json:"type"`
	Value string `json:"value"`
	Title string `json:"title"`
}

type CreatePlaylistCommand struct {
	Name     string            `json:"name"`
	Interval string            `json:"interval"`
	Items    []PlaylistItemDTO `json:"items"`
	OrgId    int64             `json:"-"`
}

type UpdatePlaylistCommand struct {
	OrgId    int64             `json:"-"`
	UID      string            `json:"uid"`
	Name     string            `json:"name" binding:"Required"`
	Interval string            `json:"interval"`
	Items    []PlaylistItemDTO `json:"items"`
}
