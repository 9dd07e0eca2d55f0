// Package wx reproduces mlogclub/bbs-go 35f4190d73eb internal/pkg/wx; the
// silenceper/wechat official-account OAuth client it wraps is reduced to the
// two calls the services make.
package wx

// ResAccessToken mirrors silenceper/wechat officialaccount/oauth.ResAccessToken.
type ResAccessToken struct {
	AccessToken string
	OpenID      string
}

// UserInfo mirrors silenceper/wechat officialaccount/oauth.UserInfo.
type UserInfo struct {
	OpenID     string `json:"openid"`
	Nickname   string `json:"nickname"`
	HeadImgURL string `json:"headimgurl"`
}

// Oauth mirrors silenceper/wechat officialaccount/oauth.Oauth.
type Oauth struct{ appId, appSecret string }

// GetUserAccessToken exchanges the OAuth code.
func (o *Oauth) GetUserAccessToken(code string) (ResAccessToken, error) {
	return ResAccessToken{AccessToken: code, OpenID: code}, nil
}

// GetUserInfo fetches the WeChat profile.
func (o *Oauth) GetUserInfo(accessToken, openID, lang string) (UserInfo, error) {
	return UserInfo{OpenID: openID}, nil
}

// OfficialAccount mirrors silenceper/wechat officialaccount.OfficialAccount.
type OfficialAccount struct{ appId, appSecret string }

// GetOauth returns the OAuth client.
func (a *OfficialAccount) GetOauth() *Oauth { return &Oauth{a.appId, a.appSecret} }

// NewOfficialAccount is internal/pkg/wx/wx.go:24.
func NewOfficialAccount(appId, appSecret string) *OfficialAccount {
	return &OfficialAccount{appId: appId, appSecret: appSecret}
}
