package model

// User is server/model/user.go:31 (unique keys at :37, :39, :44 and :72).
// xorm syncs these tags into the users table (migration.go:64 allBeans,
// :129 syncAll): UNIQUE(forge_id) = (forge_id, forge_remote_id),
// UNIQUE(forge_login) = (forge_id, login), UNIQUE hash.
type User struct {
	// the id for this user.
	//
	// required: true
	ID int64 `json:"id" xorm:"pk autoincr 'id'"`

	ForgeID int64 `json:"forge_id,omitempty" xorm:"forge_id UNIQUE(forge_id) UNIQUE(forge_login)"`

	ForgeRemoteID ForgeRemoteID `json:"forge_remote_id" xorm:"forge_remote_id UNIQUE(forge_id)"`

	// Login is the username for this user.
	//
	// required: true
	Login string `json:"login"  xorm:"'login' UNIQUE(forge_login)"`

	// AccessToken is the oauth2 access token.
	AccessToken string `json:"-"  xorm:"TEXT 'access_token'"`

	// RefreshToken is the oauth2 refresh token.
	RefreshToken string `json:"-" xorm:"TEXT 'refresh_token'"`

	// Expiry is the AccessToken expiration timestamp (unix seconds).
	Expiry int64 `json:"-" xorm:"expiry"`

	// Email is the email address for this user.
	//
	// required: true
	Email string `json:"email" xorm:" varchar(500) 'email'"`

	// the avatar url for this user.
	Avatar string `json:"avatar_url" xorm:" varchar(500) 'avatar'"`

	// Admin indicates the user is a system administrator.
	Admin bool `json:"admin,omitempty" xorm:"admin"`

	// Hash is a unique token used to sign tokens.
	Hash string `json:"-" xorm:"UNIQUE varchar(500) 'hash'"`

	// OrgID is the of the user as model.Org.
	OrgID int64 `json:"org_id" xorm:"org_id"`
} //	@name	User

// TableName return database table name for xorm.
func (User) TableName() string {
	return "users"
}
