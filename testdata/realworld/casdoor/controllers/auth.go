package controllers

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"example.com/realworld/casdoor/form"
	"example.com/realworld/casdoor/object"
	"example.com/realworld/casdoor/third_party/idp"
	"example.com/realworld/casdoor/util"
)

// getExistUserByBindingRule is controllers/auth.go:493.
func getExistUserByBindingRule(providerItem *object.ProviderItem, application *object.Application, userInfo *idp.UserInfo) (user *object.User, err error) {
	if providerItem.BindingRule == nil {
		providerItem.BindingRule = &[]string{"Email", "Phone", "Name"}
	}
	if len(*providerItem.BindingRule) == 0 {
		return nil, nil
	}

	for _, rule := range *providerItem.BindingRule {
		// Find existing user with Email
		if rule == "Email" {
			user, err = object.GetUserByField(application.Organization, "email", userInfo.Email)
			if err != nil {
				return nil, err
			}
			if user != nil {
				return user, nil
			}
		}

		// Find existing user with phone number
		if rule == "Phone" {
			user, err = object.GetUserByField(application.Organization, "phone", userInfo.Phone)
			if err != nil {
				return nil, err
			}
			if user != nil {
				return user, nil
			}
		}

		if rule == "Name" {
			user, err = object.GetUserByFields(application.Organization, userInfo.Username)
			if err != nil {
				return nil, err
			}
			if user != nil {
				return user, nil
			}
		}
	}

	return user, nil
}

// getUserByProvider is controllers/auth.go:542 (flexible custom providers
// via third-party links trimmed).
func getUserByProvider(organization string, provider *object.Provider, providerId string) (*object.User, error) {
	if provider.Category == "SAML" {
		return object.GetUserByFields(organization, providerId)
	}
	return object.GetUserByField(organization, provider.Type, providerId)
}

// linkUserByProvider is controllers/auth.go:552 (flexible custom providers
// trimmed).
func linkUserByProvider(user *object.User, provider *object.Provider, providerId string) (bool, error) {
	return object.LinkUserAccount(user, provider.Type, providerId)
}

// getOAuthUserInfo stands in for the code exchange and idProvider.GetUserInfo
// of controllers/auth.go Login.
func getOAuthUserInfo(authForm *form.AuthForm) (*idp.UserInfo, error) {
	return &idp.UserInfo{Id: authForm.Code, Username: authForm.Username, Email: authForm.Email}, nil
}

// Login is controllers/auth.go:574, trimmed to the OAuth sign-in/sign-up
// branch (:955-:1125): the user is looked up by the provider's column, and
// when not found (and no binding rule matches) a new user is added and linked
// to the provider id. Password login, MFA, invitations, SAML, captcha and
// property sync are trimmed.
func (c *ApiController) Login() {
	var authForm form.AuthForm
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &authForm)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	application, err := object.GetApplication(fmt.Sprintf("admin/%s", authForm.Application))
	if err != nil || application == nil {
		c.ResponseError(fmt.Sprintf(c.T("auth:The application: %s does not exist"), authForm.Application))
		return
	}
	organization, err := object.GetOrganization(util.GetId("admin", application.Organization))
	if err != nil || organization == nil {
		c.ResponseError(c.T("auth:The organization does not exist"))
		return
	}
	provider, err := object.GetProvider(util.GetId("admin", authForm.Provider))
	if err != nil || provider == nil {
		c.ResponseError(c.T("auth:The provider does not exist"))
		return
	}
	providerItem := &object.ProviderItem{Name: provider.Name, CanSignUp: true, Provider: provider}

	userInfo, err := getOAuthUserInfo(&authForm)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	if authForm.Method == "signup" || authForm.Method == "signin" {
		user := &object.User{}
		if provider.Category == "OAuth" || provider.Category == "Web3" || object.IsFlexibleCustomProvider(provider.Type) {
			user, err = getUserByProvider(application.Organization, provider, userInfo.Id) // race
			if err != nil {
				c.ResponseError(err.Error())
				return
			}
		}

		if user != nil && !user.IsDeleted {
			// Sign in via OAuth (want to sign up but already have account)
			c.ResponseOk(user.GetId())
		} else if provider.Category == "OAuth" || provider.Category == "Web3" || provider.Category == "SAML" {
			// Sign up via OAuth
			user, err = getExistUserByBindingRule(providerItem, application, userInfo)
			if err != nil {
				c.ResponseError(err.Error())
				return
			}

			if user == nil {
				if !application.EnableSignUp {
					c.ResponseError(fmt.Sprintf(c.T("auth:The account for provider: %s and username: %s (%s) does not exist and is not allowed to sign up as new account, please contact your IT support"), provider.Type, userInfo.Username, userInfo.DisplayName))
					return
				}

				if !providerItem.CanSignUp {
					c.ResponseError(fmt.Sprintf(c.T("auth:The account for provider: %s and username: %s (%s) does not exist and is not allowed to sign up as new account via %s, please use another way to sign up"), provider.Type, userInfo.Username, userInfo.DisplayName, provider.Type))
					return
				}

				// Handle username conflicts
				var tmpUser *object.User
				tmpUser, err = object.GetUser(util.GetId(application.Organization, userInfo.Username))
				if err != nil {
					c.ResponseError(err.Error())
					return
				}

				if tmpUser != nil {
					uidStr := strings.Split(util.GenerateUUID(), "-")
					userInfo.Username = fmt.Sprintf("%s_%s", userInfo.Username, uidStr[1])
				}

				properties := map[string]string{}
				var count int64
				count, err = object.GetUserCount(application.Organization, "", "", "")
				if err != nil {
					c.ResponseError(err.Error())
					return
				}

				properties["no"] = strconv.Itoa(int(count + 2))

				userId := userInfo.Id
				if userId == "" {
					userId = util.GenerateId()
				}

				user = &object.User{
					Owner:             application.Organization,
					Name:              userInfo.Username,
					CreatedTime:       util.GetCurrentTime(),
					Id:                userId,
					Type:              "normal-user",
					DisplayName:       userInfo.DisplayName,
					Avatar:            userInfo.AvatarUrl,
					Address:           []string{},
					Email:             userInfo.Email,
					Phone:             userInfo.Phone,
					CountryCode:       userInfo.CountryCode,
					Region:            userInfo.CountryCode,
					Language:          authForm.Language,
					SignupApplication: application.Name,
					Properties:        properties,
					RegisterType:      "Application Signup",
					RegisterSource:    fmt.Sprintf("%s/%s", application.Organization, application.Name),
				}

				if providerItem.SignupGroup != "" {
					user.Groups = []string{providerItem.SignupGroup}
				} else if application.DefaultGroup != "" {
					user.Groups = []string{application.DefaultGroup}
				}

				var affected bool
				affected, err = object.AddUser(user, c.GetAcceptLanguage())
				if err != nil {
					c.ResponseError(err.Error())
					return
				}

				if !affected {
					c.ResponseError(fmt.Sprintf(c.T("auth:Failed to create user, user information is invalid: %s"), util.StructToJson(user)))
					return
				}
			}

			_, err = linkUserByProvider(user, provider, userInfo.Id)
			if err != nil {
				c.ResponseError(err.Error())
				return
			}

			c.ResponseOk(user.GetId())
		}
	}
}
