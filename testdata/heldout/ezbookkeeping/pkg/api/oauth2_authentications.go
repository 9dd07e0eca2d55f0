package api

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"example.com/heldout/ezbookkeeping/pkg/auth/oauth2"
	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/duplicatechecker"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
	"example.com/heldout/ezbookkeeping/pkg/settings"
	"example.com/heldout/ezbookkeeping/pkg/utils"
)

const oauth2CallbackPageUrlSuccessFormat = "%sdesktop#/oauth2_callback?platform=%s&provider=%s&token=%s"
const oauth2CallbackPageUrlNeedVerifyFormat = "%sdesktop#/oauth2_callback?platform=%s&provider=%s&userName=%s&token=%s"
const oauth2CallbackPageUrlFailedFormat = "%sdesktop#/oauth2_callback?errorCode=%d&errorMessage=%s"

// OAuth2AuthenticationApi represents OAuth 2.0 authorization api (pkg/api/oauth2_authentications.go:29)
type OAuth2AuthenticationApi struct {
	ApiUsingConfig
	ApiUsingDuplicateChecker
	users             *services.UserService
	userExternalAuths *services.UserExternalAuthService
}

// Initialize a OAuth 2.0 authentication api singleton instance (pkg/api/oauth2_authentications.go:38)
var (
	OAuth2Authentications = &OAuth2AuthenticationApi{
		ApiUsingConfig: ApiUsingConfig{
			container: settings.Container,
		},
		ApiUsingDuplicateChecker: ApiUsingDuplicateChecker{
			ApiUsingConfig: ApiUsingConfig{
				container: settings.Container,
			},
			container: duplicatechecker.Container,
		},
		users:             services.Users,
		userExternalAuths: services.UserExternalAuths,
	}
)

// CallbackHandler handles OAuth 2.0 callback request (pkg/api/oauth2_authentications.go:122; the state
// check is reduced, the token creation at the end is replaced by the redirect it leads to)
func (a *OAuth2AuthenticationApi) CallbackHandler(c *core.WebContext) (string, *errs.Error) {
	oauth2CallbackReq := models.OAuth2CallbackRequest{State: c.Query("state"), Code: c.Query("code")}

	stateParts := strings.Split(oauth2CallbackReq.State, "|")

	if len(stateParts) != 3 {
		return a.redirectToFailedCallbackPage(c, errs.ErrInvalidOAuth2State)
	}

	platform := stateParts[0]
	clientSessionId := stateParts[1]

	found, remark := a.GetSubmissionRemark(duplicatechecker.DUPLICATE_CHECKER_TYPE_OAUTH2_REDIRECT, 0, clientSessionId)

	if !found {
		return a.redirectToFailedCallbackPage(c, errs.ErrInvalidOAuth2Callback)
	}

	remarkParts := strings.Split(remark, "|")

	if len(remarkParts) != 4 || remarkParts[0] != platform || remarkParts[1] != clientSessionId {
		return a.redirectToFailedCallbackPage(c, errs.ErrInvalidOAuth2State)
	}

	uid, err := utils.StringToInt64(remarkParts[2])

	if err != nil {
		return a.redirectToFailedCallbackPage(c, errs.ErrInvalidOAuth2State)
	}

	verifier := remarkParts[3]

	a.RemoveSubmissionRemark(duplicatechecker.DUPLICATE_CHECKER_TYPE_OAUTH2_REDIRECT, 0, clientSessionId)

	oauth2Token, err := oauth2.GetOAuth2Token(c, oauth2CallbackReq.Code, verifier)

	if err != nil {
		return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
	}

	oauth2UserInfo, err := oauth2.GetOAuth2UserInfo(c, oauth2Token)

	if err != nil {
		log.Errorf(c, "[oauth2_authentications.CallbackHandler] failed to retrieve oauth 2.0 user info, because %s", err.Error())
		return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
	}

	if oauth2UserInfo == nil {
		return a.redirectToFailedCallbackPage(c, errs.ErrCannotRetrieveUserInfo)
	}

	if oauth2UserInfo.UserName == "" && oauth2UserInfo.Email == "" {
		return a.redirectToFailedCallbackPage(c, errs.ErrOAuth2UserNameAndEmailEmpty)
	}

	// pkg/api/oauth2_authentications.go:227
	userExternalAuthType := oauth2.GetExternalUserAuthType()
	var userExternalAuth *models.UserExternalAuth

	if a.CurrentConfig().OAuth2UserIdentifier == settings.OAuth2UserIdentifierEmail {
		userExternalAuth, err = a.userExternalAuths.GetUserExternalAuthByExternalEmail(c, oauth2UserInfo.Email, userExternalAuthType) // race
	} else if a.CurrentConfig().OAuth2UserIdentifier == settings.OAuth2UserIdentifierUsername {
		userExternalAuth, err = a.userExternalAuths.GetUserExternalAuthByExternalUserName(c, oauth2UserInfo.UserName, userExternalAuthType)
	} else {
		return a.redirectToFailedCallbackPage(c, errs.ErrNotSupported)
	}

	if err != nil && !errors.Is(err, errs.ErrUserExternalAuthNotFound) {
		log.Errorf(c, "[oauth2_authentications.CallbackHandler] failed to get user external auth, because %s", err.Error())
		return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
	}

	if uid != 0 && userExternalAuth != nil && userExternalAuth.Uid != uid {
		return a.redirectToFailedCallbackPage(c, errs.ErrOAuth2UserAlreadyBoundToAnotherUser)
	}

	var user *models.User

	if err == nil { // user already bound to external auth, redirect to success page
		user, err = a.users.GetUserById(c, userExternalAuth.Uid)

		if err != nil {
			return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
		}
	} else { // errors.Is(err, errs.ErrUserExternalAuthNotFound) // user not bound to external auth, try to bind or register new user
		if uid != 0 {
			user, err = a.users.GetUserById(c, uid)

			if err != nil && !errors.Is(err, errs.ErrUserNotFound) {
				return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
			}
		} else {
			if a.CurrentConfig().OAuth2UserIdentifier == settings.OAuth2UserIdentifierEmail {
				user, err = a.users.GetUserByEmail(c, oauth2UserInfo.Email) // race
			} else if a.CurrentConfig().OAuth2UserIdentifier == settings.OAuth2UserIdentifierUsername {
				user, err = a.users.GetUserByUsername(c, oauth2UserInfo.UserName)
			} else {
				err = errs.ErrNotSupported
			}

			if err != nil && !errors.Is(err, errs.ErrUserNotFound) {
				log.Errorf(c, "[oauth2_authentications.CallbackHandler] failed to get user, because %s", err.Error())
				return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
			}
		}

		if user == nil && a.CurrentConfig().EnableUserRegister && a.CurrentConfig().OAuth2AutoRegister {
			if oauth2UserInfo.UserName == "" {
				return a.redirectToFailedCallbackPage(c, errs.ErrOAuth2UserNameEmptyCannotRegister)
			}

			if oauth2UserInfo.Email == "" {
				return a.redirectToFailedCallbackPage(c, errs.ErrOAuth2EmailEmptyCannotRegister)
			}

			userName := strings.TrimSpace(oauth2UserInfo.UserName)
			email := strings.TrimSpace(oauth2UserInfo.Email)
			nickName := strings.TrimSpace(oauth2UserInfo.NickName)

			if nickName == "" {
				nickName = userName
			}

			if !utils.IsValidUsername(userName) {
				return a.redirectToFailedCallbackPage(c, errs.ErrUserNameIsInvalid)
			}

			if !utils.IsValidEmail(email) {
				return a.redirectToFailedCallbackPage(c, errs.ErrEmailIsInvalid)
			}

			user = &models.User{
				Username:             userName,
				Email:                email,
				Nickname:             nickName,
				DefaultCurrency:      "USD",
				FiscalYearStart:      core.FISCAL_YEAR_START_DEFAULT,
				TransactionEditScope: models.TRANSACTION_EDIT_SCOPE_ALL,
				FeatureRestriction:   a.CurrentConfig().DefaultFeatureRestrictions,
			}

			if user.FeatureRestriction.Contains(core.USER_FEATURE_RESTRICTION_TYPE_OAUTH2_LOGIN) {
				return a.redirectToFailedCallbackPage(c, errs.ErrNotPermittedToPerformThisAction)
			}

			err = a.users.CreateUser(c, user, true)

			if err != nil {
				log.Errorf(c, "[oauth2_authentications.CallbackHandler] failed to create user \"%s\", because %s", user.Username, err.Error())
				return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
			}

			userExternalAuth = &models.UserExternalAuth{
				Uid:              user.Uid,
				ExternalAuthType: userExternalAuthType,
				ExternalUsername: oauth2UserInfo.UserName,
				ExternalEmail:    oauth2UserInfo.Email,
			}

			err = a.userExternalAuths.CreateUserExternalAuth(c, userExternalAuth)

			if err != nil {
				log.Errorf(c, "[oauth2_authentications.CallbackHandler] failed to create user external auth for user \"uid:%d\", because %s", user.Uid, err.Error())
				return a.redirectToFailedCallbackPage(c, errs.Or(err, errs.ErrOperationFailed))
			}

			log.Infof(c, "[oauth2_authentications.CallbackHandler] user external auth has been created for user \"uid:%d\"", user.Uid)
		} else if user == nil {
			return a.redirectToFailedCallbackPage(c, errs.ErrOAuth2AutoRegistrationNotEnabled)
		}
	}

	if user.FeatureRestriction.Contains(core.USER_FEATURE_RESTRICTION_TYPE_OAUTH2_LOGIN) {
		return a.redirectToFailedCallbackPage(c, errs.ErrNotPermittedToPerformThisAction)
	}

	if userExternalAuth == nil {
		// upstream: CreateOAuth2CallbackRequireVerifyToken; the binding is created later by
		// AuthorizationsApi.OAuth2CallbackAuthorizeHandler after the password check
		return fmt.Sprintf(oauth2CallbackPageUrlNeedVerifyFormat, "/", platform, userExternalAuthType, user.Username, ""), nil
	}

	return fmt.Sprintf(oauth2CallbackPageUrlSuccessFormat, "/", platform, userExternalAuthType, ""), nil
}

func (a *OAuth2AuthenticationApi) redirectToFailedCallbackPage(c *core.WebContext, err *errs.Error) (string, *errs.Error) {
	return fmt.Sprintf(oauth2CallbackPageUrlFailedFormat, "/", err.Code(), url.QueryEscape(err.Message)), nil
}
