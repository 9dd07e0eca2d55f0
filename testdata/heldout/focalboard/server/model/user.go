package model

const (
	SingleUser                    = "single-user"
	GlobalTeamID                  = "0"
	SystemUserID                  = "system"
	PreferencesCategoryFocalboard = "focalboard"
)

// User reproduces server/model/user.go:17 (users table, columns listed in
// sqlstore/user.go:62-73).
type User struct {
	ID          string `json:"id"`
	Username    string `json:"username"`
	Email       string `json:"-"`
	Password    string `json:"-"`
	MfaSecret   string `json:"-"`
	AuthService string `json:"-"`
	AuthData    string `json:"-"`
	CreateAt    int64  `json:"create_at,omitempty"`
	UpdateAt    int64  `json:"update_at,omitempty"`
	DeleteAt    int64  `json:"delete_at"`
}
