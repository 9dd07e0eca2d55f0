package object

import (
	"errors"
	"fmt"

	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// SignupItem is object/application.go (trimmed).
type SignupItem struct {
	Name     string `json:"name"`
	Visible  bool   `json:"visible"`
	Required bool   `json:"required"`
}

// Application is object/application.go:76 (trimmed).
type Application struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`

	DisplayName  string        `xorm:"varchar(100)" json:"displayName"`
	Organization string        `xorm:"varchar(100)" json:"organization"`
	DefaultGroup string        `xorm:"varchar(100)" json:"defaultGroup"`
	DefaultTag   string        `xorm:"varchar(100)" json:"defaultTag"`
	EnableSignUp bool          `json:"enableSignUp"`
	SignupItems  []*SignupItem `xorm:"varchar(3000)" json:"signupItems"`
	IsShared     bool          `json:"isShared"`
	ClientId     string        `xorm:"varchar(100)" json:"clientId"`
	ClientSecret string        `xorm:"varchar(100)" json:"clientSecret"`
	TokenFormat  string        `xorm:"varchar(100)" json:"tokenFormat"`
}

// IsSignupItemVisible is object/application_item.go:107.
func (application *Application) IsSignupItemVisible(itemName string) bool {
	for _, item := range application.SignupItems {
		if item.Name == itemName {
			return item.Visible
		}
	}
	return false
}

// IsSignupItemRequired is object/application_item.go.
func (application *Application) IsSignupItemRequired(itemName string) bool {
	for _, item := range application.SignupItems {
		if item.Name == itemName {
			return item.Required
		}
	}
	return false
}

// getApplication is object/application.go:243 (provider extension trimmed).
func getApplication(owner string, name string) (*Application, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	realApplicationName, sharedOrg := util.GetSharedOrgFromApp(name)

	application := Application{Owner: owner, Name: realApplicationName}
	existed, err := ormer.Engine.Get(&application)
	if err != nil {
		return nil, err
	}

	if application.IsShared && sharedOrg != "" {
		application.Organization = sharedOrg
	}

	if existed {
		return &application, nil
	} else {
		return nil, nil
	}
}

// GetApplicationByClientId is object/application.go:346 (provider extension
// trimmed).
func GetApplicationByClientId(clientId string) (*Application, error) {
	application := Application{}

	realClientId, sharedOrg := util.GetSharedOrgFromApp(clientId)

	existed, err := ormer.Engine.Where("client_id=?", realClientId).Get(&application)
	if err != nil {
		return nil, err
	}

	if application.IsShared && sharedOrg != "" {
		application.Organization = sharedOrg
	}

	if existed {
		return &application, nil
	} else {
		return nil, nil
	}
}

// UpdateApplication is object/application.go:395 (rename trigger, captcha,
// scope validation and column selection trimmed).
func UpdateApplication(id string, application *Application, isGlobalAdmin bool, lang string, columns []string) (bool, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return false, err
	}
	oldApplication, err := getApplication(owner, name) // safe: lookup only guards the update below (not found returns false)
	if oldApplication == nil {
		return false, err
	}

	if !isGlobalAdmin && oldApplication.Organization != application.Organization {
		return false, errors.New(translate(lang, "auth:Unauthorized operation"))
	}

	applicationByClientId, err := GetApplicationByClientId(application.ClientId)
	if err != nil {
		return false, err
	}

	if oldApplication.ClientId != application.ClientId && applicationByClientId != nil {
		return false, err
	}

	if application.IsShared == true && application.Organization != "built-in" {
		return false, fmt.Errorf("only applications belonging to built-in organization can be shared")
	}

	session := ormer.Engine.ID(schemas.PK{owner, name}).Where("organization = ?", oldApplication.Organization)
	if len(columns) > 0 {
		session = session.MustCols(columns...)
	} else {
		session = session.AllCols()
	}
	if application.ClientSecret == "***" {
		session = session.Omit("client_secret")
	}
	affected, err := session.Update(application)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}

// AddApplication is object/application.go:464 (default token format, captcha,
// signup/signin item extension and scope validation trimmed).
func AddApplication(application *Application) (bool, error) {
	if application.Owner == "" {
		application.Owner = "admin"
	}
	if application.Organization == "" {
		application.Organization = "built-in"
	}
	if application.ClientId == "" {
		application.ClientId = util.GenerateClientId()
	}
	if application.ClientSecret == "" {
		application.ClientSecret = util.GenerateClientSecret()
	}

	app, err := GetApplicationByClientId(application.ClientId) // race
	if err != nil {
		return false, err
	}

	if app != nil {
		return false, nil
	}

	if application.IsShared == true && application.Organization != "built-in" {
		return false, fmt.Errorf("only applications belonging to built-in organization can be shared")
	}

	affected, err := ormer.Engine.Insert(application)
	if err != nil {
		return false, nil
	}

	return affected != 0, nil
}

// ProviderItem is object/provider_item.go (trimmed).
type ProviderItem struct {
	Owner       string    `json:"owner"`
	Name        string    `json:"name"`
	CanSignUp   bool      `json:"canSignUp"`
	SignupGroup string    `json:"signupGroup"`
	BindingRule *[]string `json:"bindingRule"`
	Provider    *Provider `json:"provider"`
}

// GetApplication is object/application.go (shared application handling
// trimmed).
func GetApplication(id string) (*Application, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getApplication(owner, name)
}
