package api

import (
	"encoding/json"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
)

// AuthorizationsApi represents authorization api (pkg/api/authorizations.go)
type AuthorizationsApi struct {
	users             *services.UserService
	userExternalAuths *services.UserExternalAuthService
}

// Authorizations is the authorization api singleton instance
var Authorizations = &AuthorizationsApi{
	users:             services.Users,
	userExternalAuths: services.UserExternalAuths,
}

type oauth2CallbackAuthorizeRequest struct {
	Password string `json:"password"`
}

// OAuth2CallbackAuthorizeHandler verifies and authorizes current user via OAuth 2.0 callback token
// (pkg/api/authorizations.go:372; failure counting, 2FA and new-token creation dropped)
func (a *AuthorizationsApi) OAuth2CallbackAuthorizeHandler(c *core.WebContext, tokenContextJson string) (any, *errs.Error) {
	var credential oauth2CallbackAuthorizeRequest

	if err := c.ShouldBindJSON(&credential); err != nil {
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	var tokenContext models.OAuth2CallbackTokenContext

	if err := json.Unmarshal([]byte(tokenContextJson), &tokenContext); err != nil {
		return nil, errs.ErrSystemError
	}

	uid := c.GetCurrentUid()
	user, err := a.users.GetUserById(c, uid)

	if err != nil {
		return nil, errs.ErrUserNotFound
	}

	oldTokenClaims := c.GetTokenClaims()

	if oldTokenClaims.Type == core.USER_TOKEN_TYPE_OAUTH2_CALLBACK_REQUIRE_VERIFY {
		if credential.Password == "" {
			return nil, errs.ErrPasswordIsEmpty
		}

		if !a.users.IsPasswordEqualsUserPassword(credential.Password, user) {
			return nil, errs.ErrUserPasswordWrong
		}

		// pkg/api/authorizations.go:477
		userExternalAuth := &models.UserExternalAuth{
			Uid:              user.Uid,
			ExternalAuthType: tokenContext.ExternalAuthType,
			ExternalUsername: tokenContext.ExternalUsername,
			ExternalEmail:    tokenContext.ExternalEmail,
		}

		err = a.userExternalAuths.CreateUserExternalAuth(c, userExternalAuth)

		if err != nil {
			log.Errorf(c, "[authorizations.OAuth2CallbackAuthorizeHandler] failed to create user external auth for user \"uid:%d\", because %s", user.Uid, err.Error())
			return nil, errs.Or(err, errs.ErrOperationFailed)
		}
	} else if oldTokenClaims.Type == core.USER_TOKEN_TYPE_OAUTH2_CALLBACK {
		_, err = a.userExternalAuths.GetUserExternalAuthByUid(c, uid, tokenContext.ExternalAuthType)

		if err != nil {
			return nil, errs.Or(err, errs.ErrUserExternalAuthNotFound)
		}
	} else {
		return nil, errs.ErrSystemError
	}

	return true, nil
}
