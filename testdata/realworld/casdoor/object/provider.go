package object

import (
	"regexp"

	"example.com/realworld/casdoor/util"
)

// Provider is object/provider.go:35 (trimmed).
type Provider struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk unique" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`

	DisplayName string `xorm:"varchar(100)" json:"displayName"`
	Category    string `xorm:"varchar(100)" json:"category"`
	Type        string `xorm:"varchar(100)" json:"type"`
	EmailRegex  string `xorm:"varchar(200)" json:"emailRegex"`
}

// GetProviderCount is object/provider.go:124 (GetSession filters trimmed).
func GetProviderCount(owner, field, value string) (int64, error) {
	session := ormer.Engine.NewSession()
	defer session.Close()
	return session.Where("owner = ? or owner = ? ", "admin", owner).Count(&Provider{})
}

// getProvider is object/provider.go:186.
func getProvider(owner string, name string) (*Provider, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	provider := Provider{Name: name}
	existed, err := ormer.Engine.Get(&provider)
	if err != nil {
		return &provider, err
	}

	if existed {
		return &provider, nil
	} else {
		return nil, nil
	}
}

// GetProvider is object/provider.go:204.
func GetProvider(id string) (*Provider, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getProvider(owner, name)
}

// IsFlexibleCustomProvider is object/provider.go (trimmed).
func IsFlexibleCustomProvider(providerType string) bool {
	return providerType == "Custom"
}

// AddProvider is object/provider.go:284 (endpoint, path prefix, OpenClaw
// defaults and log provider refresh trimmed).
func AddProvider(provider *Provider) (bool, error) {
	if provider.EmailRegex != "" {
		_, err := regexp.Compile(provider.EmailRegex)
		if err != nil {
			return false, err
		}
	}

	affected, err := ormer.Engine.Insert(provider)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}
