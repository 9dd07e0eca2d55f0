package web

// RequestingFriendReq reproduces internal/model/web/friendship.go:11.
type RequestingFriendReq struct {
	BaseInfo  `json:"-" binding:"-"`
	UserId    int64  `json:"user_id" binding:"required"`
	Greetings string `json:"greetings" binding:"required"`
}
