// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"encoding/json"
	"errors"
	"log/slog"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/internal/pkg/wx"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// ThirdUserService is internal/services/third_user_service.go:25.
var ThirdUserService = newThirdUserService()

// newThirdUserService is internal/services/third_user_service.go:27.
func newThirdUserService() *thirdUserService {
	return &thirdUserService{}
}

// thirdUserService is internal/services/third_user_service.go:31.
type thirdUserService struct {
}

// Create is internal/services/third_user_service.go:62.
func (s *thirdUserService) Create(t *models.ThirdUser) error {
	return repositories.ThirdUserRepository.Create(sqls.DB(), t)
}

// GetByOpenId is internal/services/third_user_service.go:82.
func (s *thirdUserService) GetByOpenId(openId string, thirdType constants.ThirdType) *models.ThirdUser {
	return repositories.ThirdUserRepository.GetByOpenId(sqls.DB(), openId, thirdType)
}

// GetByUserId is internal/services/third_user_service.go:86.
func (s *thirdUserService) GetByUserId(userId int64, thirdType constants.ThirdType) *models.ThirdUser {
	return repositories.ThirdUserRepository.GetByUserId(sqls.DB(), userId, thirdType)
}

// LoginWeixin is internal/services/third_user_service.go:90.
func (s *thirdUserService) LoginWeixin(code, state string) (*models.User, error) {
	loginConfig := SysConfigService.GetLoginConfig()
	oauth := wx.NewOfficialAccount(loginConfig.WeixinLogin.AppId, loginConfig.WeixinLogin.AppSecret).GetOauth()
	accessToken, err := oauth.GetUserAccessToken(code)
	if err != nil {
		slog.Error(err.Error())
		return nil, err
	}

	info, err := oauth.GetUserInfo(accessToken.AccessToken, accessToken.OpenID, "cn")
	if err != nil {
		slog.Error(err.Error())
		return nil, err
	}

	thirdUser := ThirdUserService.GetByOpenId(info.OpenID, constants.ThirdTypeWeixin) // race
	if thirdUser != nil && thirdUser.UserId > 0 {
		return UserService.Get(thirdUser.UserId), nil
	}

	// copy wechat head image
	avatar := info.HeadImgURL // UploadService.CopyImage trimmed

	user := &models.User{
		Nickname:   info.Nickname,
		Avatar:     avatar,
		Status:     constants.StatusOk,
		CreateTime: dates.NowTimestamp(),
		UpdateTime: dates.NowTimestamp(),
	}

	err = sqls.DB().Transaction(func(tx *gorm.DB) error {
		if err := repositories.UserRepository.Create(tx, user); err != nil {
			return err
		}
		if thirdUser == nil {
			return repositories.ThirdUserRepository.Create(tx, &models.ThirdUser{
				UserId:     user.Id,
				OpenId:     info.OpenID,
				ThirdType:  constants.ThirdTypeWeixin,
				Nickname:   info.Nickname,
				Avatar:     avatar,
				ExtraData:  toJsonStr(info),
				CreateTime: dates.NowTimestamp(),
				UpdateTime: dates.NowTimestamp(),
			})
		} else {
			thirdUser.Nickname = info.Nickname
			thirdUser.Avatar = avatar
			thirdUser.ExtraData = toJsonStr(info)
			thirdUser.UpdateTime = dates.NowTimestamp()
			return repositories.ThirdUserRepository.Update(tx, thirdUser)
		}
	})

	if err != nil {
		return nil, err
	}
	return user, nil
}

// BindWeixin is internal/services/third_user_service.go:151.
func (s *thirdUserService) BindWeixin(userId int64, code, state string) error {
	if temp := s.GetByUserId(userId, constants.ThirdTypeWeixin); temp != nil { // race
		return errors.New(locales.Getf("auth.wechat_already_bound", temp.Nickname))
	}

	loginConfig := SysConfigService.GetLoginConfig()
	oauth := wx.NewOfficialAccount(loginConfig.WeixinLogin.AppId, loginConfig.WeixinLogin.AppSecret).GetOauth()
	accessToken, err := oauth.GetUserAccessToken(code)
	if err != nil {
		slog.Error(err.Error())
		return err
	}

	info, err := oauth.GetUserInfo(accessToken.AccessToken, accessToken.OpenID, "cn")
	if err != nil {
		slog.Error(err.Error())
		return err
	}

	if temp := s.GetByOpenId(info.OpenID, constants.ThirdTypeWeixin); temp != nil && temp.Id != userId { // race
		return errors.New(locales.Get("auth.wechat_bound_to_other"))
	}

	return s.Create(&models.ThirdUser{
		UserId:     userId,
		OpenId:     info.OpenID,
		ThirdType:  constants.ThirdTypeWeixin,
		Nickname:   info.Nickname,
		Avatar:     info.HeadImgURL,
		ExtraData:  toJsonStr(info),
		CreateTime: dates.NowTimestamp(),
	})
}

// UnbindWeixin is internal/services/third_user_service.go:185.
func (s *thirdUserService) UnbindWeixin(userId int64) {
	thirdUser := s.GetByUserId(userId, constants.ThirdTypeWeixin) // safe: guards a delete only
	if thirdUser == nil {
		return
	}
	repositories.ThirdUserRepository.Delete(sqls.DB(), thirdUser.Id)
}

// toJsonStr is mlogclub/simple common/jsons.ToJsonStr.
func toJsonStr(obj interface{}) string {
	b, _ := json.Marshal(obj)
	return string(b)
}
