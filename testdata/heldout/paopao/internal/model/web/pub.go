package web

// RegisterReq reproduces internal/model/web/pub.go:27.
type RegisterReq struct {
	Username string `json:"username" form:"username" binding:"required"`
	Password string `json:"password" form:"password" binding:"required"`
}

// RegisterResp reproduces internal/model/web/pub.go:32.
type RegisterResp struct {
	UserId   int64  `json:"id"`
	Username string `json:"username"`
}
