// Package service is a small GORM service with get-or-create functions in
// the shapes upsertfix rewrites. The e2e test races them before and after
// `upsertfix -w`.
package service

import "errors"

// Models lists every table the service uses.
var Models = []any{&Settings{}, &Wallet{}, &Counter{}, &Account{}, &Tag{}, &Pref{}, &Invite{}, &Topic{}, &Score{}, &Stock{}, &Cart{}, &Basket{}, &Badge{}, &Coupon{}, &Handle{}, &Member{}, &Page{}, &Device{}, &Ticket{}, &Profile{}, &Order{}, &Outbox{}, &Author{}, &Book{}, &Note{}}

type Settings struct {
	ID      uint
	UserKey string `gorm:"uniqueIndex"`
	Theme   string
}

type Wallet struct {
	ID    uint
	Owner string `gorm:"uniqueIndex"`
}

type Counter struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type Account struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type Pref struct {
	ID      uint
	UserRef string `gorm:"uniqueIndex"`
	Lang    string
}

type Invite struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Topic struct {
	ID   uint
	Slug string `gorm:"index:idx_topic_slug,unique"`
}

type Score struct {
	ID     uint
	Player string `gorm:"uniqueIndex"`
}

type Stock struct {
	ID  uint
	SKU string `gorm:"uniqueIndex"`
	Qty int
}

type Cart struct {
	ID      uint
	Session string `gorm:"uniqueIndex"`
}

type Basket struct {
	ID      uint
	Session string `gorm:"uniqueIndex"`
}

type Badge struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

type Coupon struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

type Handle struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

// ErrExists is SignUp's answer when the email is taken.
var ErrExists = errors.New("already registered")
