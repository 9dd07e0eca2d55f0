// Package casdoorsdk is a minimal stand-in for
// github.com/casdoor/casdoor-go-sdk/casdoorsdk (v0.30.1 in casnode's go.mod):
// the HTTP client of the Casdoor identity server that owns casnode's users.
// The User struct keeps the SDK's xorm tags for the columns casnode uses
// (casnode's casdoor package reads Casdoor's user table with xorm through
// this struct): Owner and Name are the composite primary key, Email and Id
// are plain indexes ("User has the same definition as
// https://github.com/casdoor/casdoor/blob/master/object/user.go").
package casdoorsdk

import "errors"

// User stands in for casdoorsdk.User.
type User struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`
	UpdatedTime string `xorm:"varchar(100)" json:"updatedTime"`

	Id                string            `xorm:"varchar(100) index" json:"id"`
	Type              string            `xorm:"varchar(100)" json:"type"`
	Password          string            `xorm:"varchar(100)" json:"password"`
	DisplayName       string            `xorm:"varchar(100)" json:"displayName"`
	Avatar            string            `xorm:"varchar(500)" json:"avatar"`
	Email             string            `xorm:"varchar(100) index" json:"email"`
	Phone             string            `xorm:"varchar(100) index" json:"phone"`
	Location          string            `xorm:"varchar(100)" json:"location"`
	Address           []string          `json:"address"`
	Affiliation       string            `xorm:"varchar(100)" json:"affiliation"`
	Title             string            `xorm:"varchar(100)" json:"title"`
	Homepage          string            `xorm:"varchar(100)" json:"homepage"`
	Tag               string            `xorm:"varchar(100)" json:"tag"`
	Score             int               `json:"score"`
	Karma             int               `json:"karma"`
	Ranking           int               `json:"ranking"`
	IsOnline          bool              `json:"isOnline"`
	IsAdmin           bool              `json:"isAdmin"`
	IsForbidden       bool              `json:"isForbidden"`
	SignupApplication string            `xorm:"varchar(100)" json:"signupApplication"`
	Properties        map[string]string `json:"properties"`
}

// Claims stands in for casdoorsdk.Claims (the JWT claims kept in the session).
type Claims struct {
	User
	AccessToken string `json:"accessToken"`
}

var errStandIn = errors.New("casdoorsdk stand-in: no Casdoor server")

// GetUser stands in for casdoorsdk.GetUser: GET /api/get-user?id=<org>/<name>;
// a missing user is returned as a nil *User (the server answers "null").
func GetUser(name string) (*User, error) { return nil, errStandIn }

// GetUserByEmail stands in for casdoorsdk.GetUserByEmail:
// GET /api/get-user?owner=<org>&email=<email>.
func GetUserByEmail(email string) (*User, error) { return nil, errStandIn }

// AddUser stands in for casdoorsdk.AddUser: POST /api/add-user, which inserts
// the row into Casdoor's user table (primary key (owner, name)).
func AddUser(user *User) (bool, error) { return false, errStandIn }

// UpdateUserForColumns stands in for casdoorsdk.UpdateUserForColumns.
func UpdateUserForColumns(user *User, columns []string) (bool, error) { return false, errStandIn }
