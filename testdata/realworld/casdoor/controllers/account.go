package controllers

import (
	"encoding/json"
	"fmt"
	"strings"

	"example.com/realworld/casdoor/form"
	"example.com/realworld/casdoor/object"
	"example.com/realworld/casdoor/util"
)

// Signup is controllers/account.go:84 (entry IP, captcha, invitation code,
// ID generation and most user fields trimmed). The existence checks are in
// object.CheckUserSignup (object/check.go:71); the insert is object.AddUser.
func (c *ApiController) Signup() {
	var authForm form.AuthForm
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &authForm)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	application, err := object.GetApplication(fmt.Sprintf("admin/%s", authForm.Application))
	if err != nil {
		c.ResponseError(err.Error())
		return
	}
	if application == nil {
		c.ResponseError(fmt.Sprintf(c.T("auth:The application: %s does not exist"), authForm.Application))
		return
	}

	if !application.EnableSignUp {
		c.ResponseError(c.T("account:The application does not allow to sign up new account"))
		return
	}

	organization, err := object.GetOrganization(util.GetId("admin", authForm.Organization))
	if err != nil {
		c.ResponseError(c.T(err.Error()))
		return
	}

	if organization == nil {
		c.ResponseError(fmt.Sprintf(c.T("auth:The organization: %s does not exist"), authForm.Organization))
		return
	}

	msg := object.CheckUserSignup(application, organization, &authForm, c.GetAcceptLanguage())
	if msg != "" {
		c.ResponseError(msg)
		return
	}

	username := authForm.Username

	user := &object.User{
		Owner:             authForm.Organization,
		Name:              username,
		CreatedTime:       util.GetCurrentTime(),
		Id:                util.GenerateId(),
		Type:              "normal-user",
		Password:          authForm.Password,
		DisplayName:       authForm.Name,
		Avatar:            organization.DefaultAvatar,
		Email:             strings.ToLower(authForm.Email),
		Phone:             authForm.Phone,
		CountryCode:       authForm.CountryCode,
		Language:          authForm.Language,
		Address:           []string{},
		SignupApplication: application.Name,
		Properties:        map[string]string{},
		InvitationCode:    authForm.InvitationCode,
		RegisterType:      "Application Signup",
		RegisterSource:    fmt.Sprintf("%s/%s", authForm.Organization, application.Name),
	}

	if application.DefaultGroup != "" && user.Groups == nil {
		user.Groups = []string{application.DefaultGroup}
	}

	if application.DefaultTag != "" && user.Tag == "" {
		user.Tag = application.DefaultTag
	}

	affected, err := object.AddUser(user, c.GetAcceptLanguage())
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	if !affected {
		c.ResponseError(c.T("account:Failed to add user"), util.StructToJson(user))
		return
	}

	c.ResponseOk(user.GetId())
}
