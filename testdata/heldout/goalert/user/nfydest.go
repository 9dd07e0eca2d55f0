package user

// DestTypeUser and FieldUserID reproduce user/nfydest.go:13-14.
const (
	DestTypeUser = "builtin-user"
	FieldUserID  = "user_id"
)
