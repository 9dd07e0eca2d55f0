// Validators that answer with a message or a flag instead of an error
// (casdoor's CheckUserSignup, rustdesk-api's CheckForm): the handler
// creates when the message is empty or the flag true; a check may reject
// a found row only under another condition (a rename). A validator that
// rejects only a missing row (the organization must exist) checks no
// uniqueness: no site.
package verdict_validator

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

type Org struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"uniqueIndex;size:64"`
}

type Member struct {
	ID    uint   `gorm:"primaryKey"`
	Org   string `gorm:"uniqueIndex:idx_org_name;size:64"`
	Name  string `gorm:"uniqueIndex:idx_org_name;size:64"`
	Email string `gorm:"size:128"`
}

// hasMember reports whether the organization has the name.
func hasMember(db *gorm.DB, org, name string) bool {
	var m Member
	err := db.Where("org = ? AND name = ?", org, name).First(&m).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		panic(err)
	}
	return err == nil
}

func translate(lang, key string) string { return lang + ":" + key }

// CheckSignup says why the name cannot sign up, or "".
func CheckSignup(db *gorm.DB, org, name, lang string) string {
	if len(name) < 2 {
		return translate(lang, "check:Username must have at least 2 characters")
	}
	if hasMember(db, org, name) {
		return translate(lang, "check:Username already exists")
	}
	return ""
}

// Signup adds the member.
func Signup(db *gorm.DB, org, name string) (string, error) {
	msg := CheckSignup(db, org, name, "en")
	if msg != "" {
		return msg, nil
	}
	return "", db.Create(&Member{Org: org, Name: name}).Error
}

// CheckForm checks the organization's size, then the name.
func CheckForm(db *gorm.DB, m *Member) (string, bool) {
	if m.Org == "" {
		return "ParamsError", false
	}
	var n int64
	if err := db.Model(&Member{}).Where("org = ?", m.Org).Count(&n).Error; err != nil || n >= 100 {
		return "TooManyMembers", false
	}
	if hasMember(db, m.Org, m.Name) {
		return "ItemExists", false
	}
	return "", true
}

// Add adds the member when the form checks out.
func Add(db *gorm.DB, org, name string) (string, error) {
	m := &Member{Org: org, Name: name}
	msg, ok := CheckForm(db, m)
	if !ok {
		return msg, nil
	}
	if err := db.Create(m).Error; err != nil {
		return "", fmt.Errorf("add: %w", err)
	}
	return "", nil
}

// checkRename rejects a taken name when the name changes.
func checkRename(db *gorm.DB, m *Member, old string) string {
	if m.Name != old && hasMember(db, m.Org, m.Name) {
		return "ItemExists"
	}
	return ""
}

// Rename adds the member under its new name.
func Rename(db *gorm.DB, org, name, old string) error {
	m := &Member{Org: org, Name: name}
	if msg := checkRename(db, m, old); msg != "" {
		return errors.New(msg)
	}
	return db.Create(m).Error
}

// checkOrg rejects a member of an organization that is not there.
func checkOrg(db *gorm.DB, m *Member) (string, bool) {
	var o Org
	err := db.Where("name = ?", m.Org).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "ItemNotFound", false
	}
	if err != nil {
		return err.Error(), false
	}
	return "", true
}

// Join is no site: its check only wants the organization to exist.
func Join(db *gorm.DB, org, name string) error {
	m := &Member{Org: org, Name: name}
	if msg, ok := checkOrg(db, m); !ok {
		return errors.New(msg)
	}
	return db.Create(m).Error
}
