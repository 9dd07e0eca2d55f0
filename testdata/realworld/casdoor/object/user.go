package object

import (
	"fmt"
	"strings"

	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// User is object/user.go:58 (trimmed to the key and looked-up columns).
type User struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(255) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100) index" json:"createdTime"`
	UpdatedTime string `xorm:"varchar(100)" json:"updatedTime"`

	Id                string            `xorm:"varchar(100) index" json:"id"`
	Type              string            `xorm:"varchar(100)" json:"type"`
	Password          string            `xorm:"varchar(150)" json:"password"`
	DisplayName       string            `xorm:"varchar(100)" json:"displayName"`
	Avatar            string            `xorm:"text" json:"avatar"`
	Email             string            `xorm:"varchar(100) index" json:"email"`
	Phone             string            `xorm:"varchar(100) index" json:"phone"`
	CountryCode       string            `xorm:"varchar(6)" json:"countryCode"`
	Region            string            `xorm:"varchar(100)" json:"region"`
	Language          string            `xorm:"varchar(100)" json:"language"`
	Address           []string          `json:"address"`
	Affiliation       string            `xorm:"varchar(100)" json:"affiliation"`
	Tag               string            `xorm:"varchar(100)" json:"tag"`
	Score             int               `json:"score"`
	Ranking           int               `json:"ranking"`
	IsAdmin           bool              `json:"isAdmin"`
	IsForbidden       bool              `json:"isForbidden"`
	IsDeleted         bool              `json:"isDeleted"`
	SignupApplication string            `xorm:"varchar(100)" json:"signupApplication"`
	RegisterType      string            `xorm:"varchar(100)" json:"registerType"`
	RegisterSource    string            `xorm:"varchar(100)" json:"registerSource"`
	CreatedIp         string            `xorm:"varchar(100)" json:"createdIp"`
	Invitation        string            `xorm:"varchar(100) index" json:"invitation"`
	InvitationCode    string            `xorm:"varchar(100) index" json:"invitationCode"`
	GitHub            string            `xorm:"github varchar(100)" json:"github"`
	Google            string            `xorm:"varchar(100)" json:"google"`
	Properties        map[string]string `json:"properties"`
	Groups            []string          `xorm:"mediumtext" json:"groups"`
}

// GetId is object/user.go.
func (user *User) GetId() string {
	return fmt.Sprintf("%s/%s", user.Owner, user.Name)
}

// getUser is object/user.go:442.
func getUser(owner string, name string) (*User, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	user := User{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&user)
	if err != nil {
		return nil, err
	}

	if existed {
		return &user, nil
	} else {
		return nil, nil
	}
}

// GetUser is object/user.go:650.
func GetUser(id string) (*User, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return nil, err
	}
	return getUser(owner, name)
}

// GetUserCount is object/user.go (search filters trimmed).
func GetUserCount(owner, field, value string, groupName string) (int64, error) {
	return ormer.Engine.Where("owner = ?", owner).Count(&User{})
}

// AddUser is object/user.go:990 (id generation, password hashing, avatar,
// ranking and group enforcer updates trimmed).
func AddUser(user *User, lang string) (bool, error) {
	if user.Id == "" {
		user.Id = util.GenerateId()
	}

	if user.Owner == "" || user.Name == "" {
		return false, fmt.Errorf("%s", translate(lang, "user:the user's owner and name should not be empty"))
	}

	organization, err := getOrganization("admin", user.Owner)
	if err != nil {
		return false, err
	}
	if organization == nil {
		return false, fmt.Errorf(translate(lang, "auth:the organization: %s is not found"), user.Owner)
	}

	if user.CreatedTime == "" {
		user.CreatedTime = util.GetCurrentTime()
	}

	if user.UpdatedTime == "" {
		user.UpdatedTime = user.CreatedTime
	}

	affected, err := ormer.Engine.Insert(user)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}

// GetUserByField is object/user_util.go:35.
func GetUserByField(organizationName string, field string, value string) (*User, error) {
	if field == "" || value == "" {
		return nil, nil
	}

	user := User{Owner: organizationName}
	existed, err := ormer.Engine.Where(fmt.Sprintf("%s=?", strings.ToLower(field)), value).Get(&user)
	if err != nil {
		return nil, err
	}

	if existed {
		return &user, nil
	} else {
		return nil, nil
	}
}

// HasUserByField is object/user_util.go:57.
func HasUserByField(organizationName string, field string, value string) bool {
	user, err := GetUserByField(organizationName, field, value)
	if err != nil {
		panic(err)
	}
	return user != nil
}

// HasUserByPhoneAndCountryCode is object/user_util.go:65.
func HasUserByPhoneAndCountryCode(organizationName string, phone string, countryCode string) bool {
	if phone == "" {
		return false
	}
	user := User{Owner: organizationName, Phone: phone, CountryCode: countryCode}
	existed, err := ormer.Engine.Get(&user)
	if err != nil {
		panic(err)
	}
	return existed
}

// LinkUserAccount is object/user.go (sets the provider column of the user).
func LinkUserAccount(user *User, field string, value string) (bool, error) {
	affected, err := ormer.Engine.Table(&User{}).ID(schemas.PK{user.Owner, user.Name}).Cols(strings.ToLower(field)).Update(map[string]interface{}{strings.ToLower(field): value})
	if err != nil {
		return false, err
	}
	return affected != 0, nil
}

// GetUserByFields is object/user_util.go:77 (tries name, then email, phone,
// id; trimmed to name and email).
func GetUserByFields(organization string, field string) (*User, error) {
	user, err := getUser(organization, field)
	if err != nil || user != nil {
		return user, err
	}
	return GetUserByField(organization, "email", field)
}
