package system

import (
	"example.com/heldout/sunpanel/service/api/api_v1/common/apiData/systemApiStructs"
	"example.com/heldout/sunpanel/service/api/api_v1/common/apiReturn"
	"example.com/heldout/sunpanel/service/api/api_v1/common/base"
	"example.com/heldout/sunpanel/service/global"
	"example.com/heldout/sunpanel/service/lib/cmn"
	"example.com/heldout/sunpanel/service/models"
	"example.com/heldout/sunpanel/third_party/gin"
	"example.com/heldout/sunpanel/third_party/gin/binding"
)

type UserApi struct{}

// UpdatePasssword reproduces service/api/api_v1/system/user.go:79.
// POST /api/user/updatePassword (LoginInterceptor): load the current user, check the old
// password, UPDATE the row.
func (a *UserApi) UpdatePasssword(c *gin.Context) {
	type UpdatePasssStruct struct {
		OldPassword string `json:"oldPassword"`
		NewPassword string `json:"newPassword"`
	}

	params := UpdatePasssStruct{}

	err := c.ShouldBindBodyWith(&params, binding.JSON)
	if err != nil {
		apiReturn.ErrorParamFomat(c, err.Error())
		return
	}
	userInfo, _ := base.GetCurrentUserInfo(c)
	mUser := models.User{}
	if v, err := mUser.GetUserInfoByUid(userInfo.ID); err != nil { // safe: guard of an update only (a missing user is an error; the row is updated, never created)
		apiReturn.ErrorParamFomat(c, err.Error())
		return
	} else {
		if v.Password != cmn.PasswordEncryption(params.OldPassword) {
			// 旧密码不正确
			apiReturn.ErrorByCode(c, 1007)
			return
		}
	}
	res := global.Db.Model(&models.User{}).Where("id", userInfo.ID).Updates(map[string]interface{}{
		"password": cmn.PasswordEncryption(params.NewPassword),
		"token":    "",
	})
	if res.Error != nil {
		apiReturn.ErrorDatabase(c, res.Error.Error())
		return
	}
	// 删除token
	global.UserToken.Delete(userInfo.Token)
	apiReturn.Success(c)
}

// GetReferralCode reproduces service/api/api_v1/system/user.go:118.
// POST /api/user/getReferralCode (LoginInterceptor): a user without a referral code gets a
// random one that no row holds yet (an UPDATE of the user's own row).
func (a *UserApi) GetReferralCode(c *gin.Context) {
	currentUserInfo, _ := base.GetCurrentUserInfo(c)
	mUser := models.User{}
	userInfo, err := mUser.GetUserInfoByUid(currentUserInfo.ID)
	if err != nil {
		apiReturn.ErrorDatabase(c, err.Error())
		return
	}

	// 为空生成一个
	if userInfo.ReferralCode == "" {
		for {
			referralCode := cmn.BuildRandCode(8, cmn.RAND_CODE_MODE2)
			global.Logger.Debug("referralCode:", referralCode)

			// 查询是否有重复的
			if row := global.Db.Find(&userInfo, "referral_code=?", referralCode).RowsAffected; row != 0 { // safe: guard of an update only (the free code is written to the user's own row with Update; no row is created)
				apiReturn.ErrorDatabase(c, err.Error())
				continue
			}

			// 创建新的邀请码
			if err := global.Db.Model(&models.User{}).Where("id=?", userInfo.ID).Update("referral_code", referralCode).Error; err != nil {
				apiReturn.ErrorDatabase(c, err.Error())
				return
			} else {
				userInfo.ReferralCode = referralCode
				break
			}
		}
	}

	apiReturn.SuccessData(c, systemApiStructs.GetReferralCodeResp{ReferralCode: userInfo.ReferralCode})
}
