package models

// OidcProvider reproduces database/models/oauth.go:3 (name primary key).
type OidcProvider struct {
	Name     string `json:"name" gorm:"primaryKey;unique;not null"`
	Addition string `json:"addition" gorm:"type:longtext" default:"{}"`
}
