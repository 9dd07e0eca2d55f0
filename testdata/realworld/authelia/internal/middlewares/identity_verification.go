package middlewares

import (
	"encoding/json"
	"fmt"

	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/third_party/uuid"
)

const (
	messageOperationFailed                      = "Operation failed"
	messageIdentityVerificationTokenAlreadyUsed = "The identity verification token has already been used"
)

// IdentityVerificationFinishArgs represent the arguments used to customize the finishing phase
// of the identity verification process.
type IdentityVerificationFinishArgs struct {
	// The action claim that should be in the token to consider the action legitimate.
	ActionClaim string

	// The function for checking the user in the token is valid for the current action.
	IsTokenUserValidFunc func(ctx *AutheliaCtx, username string) bool
}

// IdentityVerificationClaim stands in for the parsed JWT claims (upstream model.IdentityVerificationClaim).
type IdentityVerificationClaim struct {
	ID       string `json:"jti"`
	Action   string `json:"action"`
	Username string `json:"username"`
}

// IdentityVerificationFinish the middleware for finishing the identity validation process.
// upstream internal/middlewares/identity_verification.go:143 (JWT signature/time validation trimmed)
func IdentityVerificationFinish(args IdentityVerificationFinishArgs, next func(ctx *AutheliaCtx, username string)) RequestHandler {
	return func(ctx *AutheliaCtx) {
		var finishBody struct {
			Token string `json:"token"`
		}

		err := json.Unmarshal(ctx.PostBody(), &finishBody)

		if err != nil {
			ctx.Error(err, messageOperationFailed)
			return
		}

		if finishBody.Token == "" {
			ctx.Error(fmt.Errorf("no token provided"), messageOperationFailed)
			return
		}

		claims := &IdentityVerificationClaim{}
		if err = json.Unmarshal([]byte(finishBody.Token), claims); err != nil {
			ctx.GetLogger().WithError(err).Error("Error occurred validating the identity verification token")
			ctx.SetJSONError(messageOperationFailed)

			return
		}

		jti, err := uuid.Parse(claims.ID)
		if err != nil {
			ctx.GetLogger().WithError(err).Error("Error occurred validating the identity verification token claims as they appear to be malformed")
			ctx.SetJSONError(messageOperationFailed)

			return
		}

		verification := model.IdentityVerification{JTI: jti, Username: claims.Username, Action: claims.Action}

		found, err := ctx.Providers.StorageProvider.FindIdentityVerification(ctx, verification.JTI.String()) // safe: lookup guards an UPDATE that consumes the token (WHERE consumed IS NULL, single-row check); nothing is inserted
		if err != nil {
			ctx.GetLogger().WithError(err).Error("Error occurred looking up identity verification during the validation phase")
			ctx.SetJSONError(messageOperationFailed)

			return
		}

		if !found {
			ctx.GetLogger().Error("Error occurred looking up identity verification during the validation phase, the token was not found in the database which could indicate it was never generated or was already used")
			ctx.SetJSONError(messageIdentityVerificationTokenAlreadyUsed)

			return
		}

		// Verify that the action claim in the token is the one expected for the given endpoint.
		if claims.Action != args.ActionClaim {
			ctx.GetLogger().Errorf("Error occurred handling the identity verification token, the token action '%s' does not match the endpoint action '%s' which is not allowed", claims.Action, args.ActionClaim)
			ctx.SetJSONError(messageOperationFailed)

			return
		}

		if args.IsTokenUserValidFunc != nil && !args.IsTokenUserValidFunc(ctx, claims.Username) {
			ctx.GetLogger().Errorf("Error occurred handling the identity verification token, the user is not allowed to use this token")
			ctx.SetJSONError(messageOperationFailed)

			return
		}

		if err = ctx.Providers.StorageProvider.ConsumeIdentityVerification(ctx, claims.ID, model.NewNullIP(ctx.RemoteIP())); err != nil {
			ctx.GetLogger().WithError(err).Error("Error occurred consuming the identity verification during the validation phase")
			ctx.SetJSONError(messageOperationFailed)

			return
		}

		next(ctx, claims.Username)
	}
}
