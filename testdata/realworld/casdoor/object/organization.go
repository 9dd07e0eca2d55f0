package object

import "example.com/realworld/casdoor/util"

// Organization is object/organization.go:51 (trimmed).
type Organization struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`

	DisplayName        string   `xorm:"varchar(100)" json:"displayName"`
	WebsiteUrl         string   `xorm:"varchar(100)" json:"websiteUrl"`
	PasswordType       string   `xorm:"varchar(100)" json:"passwordType"`
	PasswordOptions    []string `xorm:"varchar(100)" json:"passwordOptions"`
	DefaultAvatar      string   `xorm:"varchar(200)" json:"defaultAvatar"`
	DefaultTokenFormat string   `xorm:"varchar(100)" json:"defaultTokenFormat"`
	MasterPassword     string   `xorm:"varchar(200)" json:"masterPassword"`
	DefaultPassword    string   `xorm:"varchar(200)" json:"defaultPassword"`
	InitScore          int      `json:"initScore"`
	UseEmailAsUsername bool     `json:"useEmailAsUsername"`
	EnableTour         bool     `json:"enableTour"`
}

// getOrganization is object/organization.go:162.
func getOrganization(owner string, name string) (*Organization, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	organization := Organization{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&organization)
	if err != nil {
		return nil, err
	}

	if existed {
		return &organization, nil
	}

	return nil, nil
}

// GetOrganization is object/organization.go:180.
func GetOrganization(id string) (*Organization, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getOrganization(owner, name)
}

// AddOrganization is object/organization.go:297 (master password hashing
// trimmed).
func AddOrganization(organization *Organization) (bool, error) {
	// there is no previous record for a new organization, so the masked values mean "empty"
	if organization.MasterPassword == "***" {
		organization.MasterPassword = ""
	}
	if organization.DefaultPassword == "***" {
		organization.DefaultPassword = ""
	}

	affected, err := ormer.Engine.Insert(organization)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}
