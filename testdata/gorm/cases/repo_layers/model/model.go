// Package model holds the rows, apart from the repositories.
package model

type Member struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Plan  string
}

type Account struct {
	ID    uint
	Name  string `gorm:"uniqueIndex"`
	Owner string
}
