// Package discountcoupon is a reduced copy of museum pkg/controller/discountcoupon.
package discountcoupon

import (
	"log"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/repo"
	"example.com/realworld/entemuseum/pkg/repo/discountcoupon"
	emailUtil "example.com/realworld/entemuseum/pkg/utils/email"
	"example.com/realworld/entemuseum/third_party/gin"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

const MaxSendCount = 10

// AllowedProviders is a set of valid provider names for discount coupons.
var AllowedProviders = map[string]bool{
	"Kagi": true,
	"Tuta": true,
}

// Controller is server/pkg/controller/discountcoupon/controller.go:32 (reduced).
type Controller struct {
	Repo     *discountcoupon.Repository
	UserRepo *repo.UserRepository
}

// ClaimCouponRequest is server/pkg/controller/discountcoupon/controller.go:40.
type ClaimCouponRequest struct {
	ProviderName string `json:"providerName" binding:"required"`
	Email        string `json:"email" binding:"required"`
}

// ClaimCoupon is server/pkg/controller/discountcoupon/controller.go:50
// (called by the handler in server/pkg/api/discountcoupon.go).
func (c *Controller) ClaimCoupon(ctx *gin.Context, req ClaimCouponRequest) error {
	if !AllowedProviders[req.ProviderName] {
		return stacktrace.Propagate(ente.NewBadRequestWithMessage("Invalid provider name"), "")
	}
	go c.processClaimRequest(ctx, req)
	return nil
}

// processClaimRequest is server/pkg/controller/discountcoupon/controller.go:58
// (eligibility checks and emails trimmed): GetClaimedCoupon (:87), else
// GetUnclaimedCoupon (:112) and ClaimCoupon (:124).
func (c *Controller) processClaimRequest(ctx *gin.Context, req ClaimCouponRequest) {
	sanitizedEmail := emailUtil.NormalizeEmail(req.Email)

	userID, err := c.UserRepo.GetUserIDWithEmail(sanitizedEmail)
	if err != nil {
		log.Printf("User not found for discount coupon claim: %v", err)
		return
	}

	existingCoupon, err := c.Repo.GetClaimedCoupon(ctx, req.ProviderName, userID) // safe: guards a conditional UPDATE that claims a pool row (no insert); discount_coupons_provider_user_unique rejects a second claim by the same user
	if err != nil {
		log.Printf("Failed to get existing claimed coupon: %v", err)
		return
	}

	if existingCoupon != nil {
		if existingCoupon.SentCount >= MaxSendCount {
			return
		}
		err = c.Repo.IncrementSentCount(ctx, req.ProviderName, existingCoupon.Code)
		if err != nil {
			log.Printf("Failed to increment sent count: %v", err)
		}
		return
	}

	unclaimedCoupon, err := c.Repo.GetUnclaimedCoupon(ctx, req.ProviderName)
	if err != nil {
		log.Printf("Failed to get unclaimed coupon: %v", err)
		return
	}

	if unclaimedCoupon == nil {
		log.Printf("No unclaimed coupons available")
		return
	}

	err = c.Repo.ClaimCoupon(ctx, req.ProviderName, unclaimedCoupon.Code, userID)
	if err != nil {
		log.Printf("Failed to claim coupon: %v", err)
		return
	}
}
