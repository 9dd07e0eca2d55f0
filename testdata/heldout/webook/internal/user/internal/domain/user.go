package domain

// User reproduces internal/user/internal/domain/user.go.
type User struct {
	Id       int64
	Avatar   string
	Nickname string
	SN       string
	Phone    string
	// 不要使用组合，因为你将来可能还有 DingDingInfo 之类的
	WechatInfo WechatInfo
}

// WechatInfo reproduces internal/user/internal/domain/wechat.go.
type WechatInfo struct {
	// OpenId 是应用内唯一
	OpenId string
	// UnionId 是整个公司账号内唯一,同一公司账号下的多个应用之间均相同
	UnionId string

	// MiniOpenId 是微信小程序的 id，应用内唯一
	MiniOpenId string

	// 当前用户的邀请人的邀请码
	InvitationCode string
}
