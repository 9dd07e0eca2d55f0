package object

import (
	"fmt"
	"os"

	"example.com/realworld/casdoor/util"
)

// staticBaseUrl stands in for conf.GetConfigString("staticBaseUrl").
var staticBaseUrl = "https://cdn.casbin.org"

// InitDb is object/init.go:27 (model, adapter and enforcer initialisation and
// WebAuthn trimmed).
func InitDb() {
	existed := initBuiltInOrganization()
	if !existed {
		initBuiltInProvider()
		initBuiltInUser()
		initBuiltInApplication()
		initBuiltInCert()
		initBuiltInLdap()
	}
}

// initBuiltInOrganization is object/init.go:116 (account items, languages and
// country codes trimmed).
func initBuiltInOrganization() bool {
	organization, err := getOrganization("admin", "built-in") // race
	if err != nil {
		panic(err)
	}

	if organization != nil {
		return true
	}

	organization = &Organization{
		Owner:              "admin",
		Name:               "built-in",
		CreatedTime:        util.GetCurrentTime(),
		DisplayName:        "Built-in Organization",
		WebsiteUrl:         "https://example.com",
		PasswordType:       "bcrypt",
		PasswordOptions:    []string{"AtLeast6"},
		DefaultAvatar:      fmt.Sprintf("%s/img/casbin.svg", staticBaseUrl),
		DefaultTokenFormat: "JWT",
		InitScore:          2000,
		UseEmailAsUsername: false,
		EnableTour:         true,
	}
	_, err = AddOrganization(organization)
	if err != nil {
		panic(err)
	}

	return false
}

// initBuiltInUser is object/init.go:157.
func initBuiltInUser() {
	user, err := getUser("built-in", "admin") // race
	if err != nil {
		panic(err)
	}
	if user != nil {
		return
	}

	user = &User{
		Owner:             "built-in",
		Name:              "admin",
		CreatedTime:       util.GetCurrentTime(),
		Id:                util.GenerateId(),
		Type:              "normal-user",
		Password:          "123",
		DisplayName:       "Admin",
		Avatar:            fmt.Sprintf("%s/img/casbin.svg", staticBaseUrl),
		Email:             "admin@example.com",
		Phone:             "12345678910",
		CountryCode:       "US",
		Address:           []string{},
		Affiliation:       "Example Inc.",
		Tag:               "staff",
		Score:             2000,
		Ranking:           1,
		IsAdmin:           true,
		IsForbidden:       false,
		IsDeleted:         false,
		SignupApplication: "app-built-in",
		RegisterType:      "Add User",
		RegisterSource:    "built-in/admin",
		CreatedIp:         "127.0.0.1",
		Properties:        make(map[string]string),
	}
	_, err = AddUser(user, "en")
	if err != nil {
		panic(err)
	}
}

// initBuiltInApplication is object/init.go:198 (providers, signin methods and
// most signup items trimmed).
func initBuiltInApplication() {
	application, err := getApplication("admin", "app-built-in") // race
	if err != nil {
		panic(err)
	}

	if application != nil {
		return
	}

	application = &Application{
		Owner:        "admin",
		Name:         "app-built-in",
		CreatedTime:  util.GetCurrentTime(),
		DisplayName:  "Casdoor",
		Organization: "built-in",
		EnableSignUp: true,
		SignupItems: []*SignupItem{
			{Name: "Username", Visible: true, Required: true},
			{Name: "Email", Visible: true, Required: true},
		},
		TokenFormat: "JWT",
	}
	_, err = AddApplication(application)
	if err != nil {
		panic(err)
	}
}

// readTokenFromFile is object/init.go:256.
func readTokenFromFile() (string, string) {
	pemPath := "./object/token_jwt_key.pem"
	keyPath := "./object/token_jwt_key.key"
	pem, err := os.ReadFile(pemPath)
	if err != nil {
		return "", ""
	}
	key, err := os.ReadFile(keyPath)
	if err != nil {
		return "", ""
	}
	return string(pem), string(key)
}

// initBuiltInCert is object/init.go:271.
func initBuiltInCert() {
	tokenJwtCertificate, tokenJwtPrivateKey := readTokenFromFile()
	cert, err := getCert("admin", "cert-built-in") // race
	if err != nil {
		panic(err)
	}

	if cert != nil {
		return
	}

	cert = &Cert{
		Owner:           "admin",
		Name:            "cert-built-in",
		CreatedTime:     util.GetCurrentTime(),
		DisplayName:     "Built-in Cert",
		Scope:           "JWT",
		Type:            "x509",
		CryptoAlgorithm: "RS256",
		BitSize:         4096,
		ExpireInYears:   20,
		Certificate:     tokenJwtCertificate,
		PrivateKey:      tokenJwtPrivateKey,
	}
	_, err = AddCert(cert)
	if err != nil {
		panic(err)
	}
}

// initBuiltInLdap is object/init.go:301.
func initBuiltInLdap() {
	ldap, err := GetLdap("ldap-built-in") // race
	if err != nil {
		panic(err)
	}

	if ldap != nil {
		return
	}

	ldap = &Ldap{
		Id:         "ldap-built-in",
		Owner:      "built-in",
		ServerName: "BuildIn LDAP Server",
		Host:       "example.com",
		Port:       389,
		Username:   "cn=buildin,dc=example,dc=com",
		Password:   "123",
		BaseDn:     "ou=BuildIn,dc=example,dc=com",
		AutoSync:   0,
		LastSync:   "",
	}
	_, err = AddLdap(ldap)
	if err != nil {
		panic(err)
	}
}

// initBuiltInProvider is object/init.go:329.
func initBuiltInProvider() {
	providers := []*Provider{
		{
			Owner:       "admin",
			Name:        "provider_captcha_default",
			CreatedTime: util.GetCurrentTime(),
			DisplayName: "Captcha Default",
			Category:    "Captcha",
			Type:        "Default",
		},
		{
			Owner:       "admin",
			Name:        "provider_balance",
			CreatedTime: util.GetCurrentTime(),
			DisplayName: "Balance",
			Category:    "Payment",
			Type:        "Balance",
		},
		{
			Owner:       "admin",
			Name:        "provider_payment_dummy",
			CreatedTime: util.GetCurrentTime(),
			DisplayName: "Dummy Payment",
			Category:    "Payment",
			Type:        "Dummy",
		},
	}

	for _, provider := range providers {
		existingProvider, err := GetProvider(util.GetId("admin", provider.Name)) // race
		if err != nil {
			panic(err)
		}

		if existingProvider != nil {
			continue
		}

		_, err = AddProvider(provider)
		if err != nil {
			panic(err)
		}
	}
}
