// Package storagebonus is a reduced copy of museum pkg/controller/storagebonus.
package storagebonus

import (
	"database/sql"
	"errors"
	"strings"

	"example.com/realworld/entemuseum/ente"
	entity "example.com/realworld/entemuseum/ente/storagebonus"
	"example.com/realworld/entemuseum/pkg/repo"
	"example.com/realworld/entemuseum/pkg/repo/storagebonus"
	"example.com/realworld/entemuseum/pkg/utils/auth"
	"example.com/realworld/entemuseum/pkg/utils/random"
	"example.com/realworld/entemuseum/third_party/gin"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

const (
	codeLength = 6
)

// Controller exposes functions to interact with family module
// server/pkg/controller/storagebonus/referral.go:30 (reduced).
type Controller struct {
	UserRepo     *repo.UserRepository
	StorageBonus *storagebonus.Repository
}

// GetUserReferralView is server/pkg/controller/storagebonus/referral.go:38
// (called by StorageBonusHandler.GetReferralView, server/pkg/api/storage_bonus.go;
// the referral statistics are trimmed): GetOrCreateReferralCode (:58).
func (c *Controller) GetUserReferralView(ctx *gin.Context) (*entity.GetUserReferralView, error) {
	// Get the user id from the context
	userID := auth.GetUserID(ctx.Request.Header)

	user, err := c.UserRepo.Get(userID)
	if err != nil {
		return nil, stacktrace.Propagate(err, "failed to get user")
	}
	isFamilyMember := user.FamilyAdminID != nil && *user.FamilyAdminID != userID
	// Get the referral code for the user or family admin
	codeUser := userID
	if isFamilyMember {
		codeUser = *user.FamilyAdminID
	}
	referralCode, err2 := c.GetOrCreateReferralCode(ctx, codeUser)
	if err2 != nil {
		return nil, stacktrace.Propagate(err2, "failed to get or create referral code")
	}
	return &entity.GetUserReferralView{
		Code: referralCode,
	}, nil
}

// GetOrCreateReferralCode is server/pkg/controller/storagebonus/referral.go:126:
// GetCode (:127), sql.ErrNoRows -> InsertCode (:136).
func (c *Controller) GetOrCreateReferralCode(ctx *gin.Context, userID int64) (*string, error) {
	referralCode, err := c.StorageBonus.GetCode(ctx, userID) // race
	if err != nil {
		if !errors.Is(err, sql.ErrNoRows) {
			return nil, stacktrace.Propagate(err, "failed to get storagebonus code")
		}
		code, err := random.GenerateAlphaNumString(codeLength)
		if err != nil {
			return nil, stacktrace.Propagate(err, "")
		}
		err = c.StorageBonus.InsertCode(ctx, userID, code)
		if err != nil {
			return nil, stacktrace.Propagate(err, "failed to insert storagebonus code")
		}
		referralCode = &code
	}
	return referralCode, nil
}

// UpdateReferralCode is server/pkg/controller/storagebonus/referral.go:145
// (called by StorageBonusHandler.UpdateReferralCode; the
// profanity filter is trimmed): AddNewCode (:159).
func (c *Controller) UpdateReferralCode(ctx *gin.Context, userID int64, code string, isAdminEdit bool) error {
	code = strings.ToUpper(code)
	if !random.IsAlphanumeric(code) {
		return stacktrace.Propagate(ente.NewBadRequestWithMessage("code is not alphanumeric"), "")
	}
	if len(code) < 4 || len(code) > 20 {
		return stacktrace.Propagate(ente.NewBadRequestWithMessage("code length should be between 4 and 8"), "")
	}

	err := c.StorageBonus.AddNewCode(ctx, userID, code, isAdminEdit)
	if err != nil {
		return stacktrace.Propagate(err, "failed to update referral code")
	}
	return nil
}
