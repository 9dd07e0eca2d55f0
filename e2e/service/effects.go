package service

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"
)

// The shapes in this file have effects besides the row they create: a
// mail after the create, an update on the found path, a primary key set in
// Go, a hook, associations, a soft-deleted row. A fix must keep them as
// the serial run has them (see race/replay_test.go).

// Mails counts the welcome mails sent per address.
var Mails = &counter{n: map[string]int{}}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(k string) { c.mu.Lock(); c.n[k]++; c.mu.Unlock() }

// Get returns the count for k.
func (c *counter) Get(k string) int { c.mu.Lock(); defer c.mu.Unlock(); return c.n[k] }

func sendWelcome(email string) { Mails.add(email) }

type Member struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

// Join sends a welcome mail after creating the member: once per member.
func Join(ctx context.Context, db *gorm.DB, email string) (uint, error) {
	var m Member
	err := db.Where("email = ?", email).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Member{Email: email}
		if err := db.Create(&m).Error; err != nil {
			return 0, err
		}
		sendWelcome(email)
		return m.ID, nil
	}
	return m.ID, err
}

type Page struct {
	ID   uint
	Path string `gorm:"uniqueIndex"`
	Hits int
}

// Visit counts a visit: the found path increments, the first visit creates.
func Visit(ctx context.Context, db *gorm.DB, path string) (uint, error) {
	var p Page
	err := db.Where("path = ?", path).First(&p).Error
	switch {
	case err == nil:
		err = db.Model(&p).UpdateColumn("hits", gorm.Expr("hits + 1")).Error
		return p.ID, err
	case errors.Is(err, gorm.ErrRecordNotFound):
		p = Page{Path: path, Hits: 1}
		err = db.Create(&p).Error
		return p.ID, err
	default:
		return 0, err
	}
}

type Device struct {
	ID     string `gorm:"primaryKey"`
	Serial string `gorm:"uniqueIndex"`
}

// DeviceFor sets the primary key in Go before the insert.
func DeviceFor(ctx context.Context, db *gorm.DB, serial string) (string, error) {
	var d Device
	err := db.Where("serial = ?", serial).First(&d).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		d = Device{ID: uuid.NewString(), Serial: serial}
		err = db.Create(&d).Error
	}
	return d.ID, err
}

type Ticket struct {
	ID   string `gorm:"primaryKey"`
	Code string `gorm:"uniqueIndex"`
}

// BeforeCreate sets the primary key.
func (t *Ticket) BeforeCreate(tx *gorm.DB) error {
	t.ID = fmt.Sprintf("t-%d", time.Now().UnixNano())
	return nil
}

// TicketFor creates through a BeforeCreate hook that sets the primary key.
func TicketFor(ctx context.Context, db *gorm.DB, code string) (string, error) {
	var t Ticket
	if err := db.Where("code = ?", code).First(&t).Error; err != nil {
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return "", err
		}
		t = Ticket{Code: code}
		if err := db.Create(&t).Error; err != nil {
			return "", err
		}
	}
	return t.ID, nil
}

type Profile struct {
	ID     uint
	Handle string `gorm:"uniqueIndex"`
}

// ProfileFor returns the row from a switch arm on the found path.
func ProfileFor(ctx context.Context, db *gorm.DB, handle string) (*Profile, error) {
	var p Profile
	err := db.Where("handle = ?", handle).First(&p).Error
	switch {
	case err == nil:
		return &p, nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		p = Profile{Handle: handle}
		if err := db.Create(&p).Error; err != nil {
			return nil, err
		}
		return &p, nil
	}
	return nil, err
}

type Order struct {
	ID  uint
	Ref string `gorm:"uniqueIndex"`
}

type Outbox struct {
	ID      uint
	Subject string `gorm:"index"`
}

// AfterCreate writes an outbox row for the new order.
func (o *Order) AfterCreate(tx *gorm.DB) error {
	return tx.Create(&Outbox{Subject: o.Ref}).Error
}

// OrderFor creates an order, whose AfterCreate hook writes an outbox row.
func OrderFor(ctx context.Context, db *gorm.DB, ref string) (uint, error) {
	var o Order
	err := db.Where("ref = ?", ref).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		o = Order{Ref: ref}
		err = db.Create(&o).Error
	}
	return o.ID, err
}

type Author struct {
	ID    uint
	Name  string `gorm:"uniqueIndex"`
	Books []Book
}

type Book struct {
	ID       uint
	AuthorID uint
	Title    string
}

// AuthorFor creates the author with a first book (an association).
func AuthorFor(ctx context.Context, db *gorm.DB, name string) (uint, error) {
	var a Author
	err := db.Where("name = ?", name).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Author{Name: name, Books: []Book{{Title: "first"}}}
		err = db.Create(&a).Error
	}
	return a.ID, err
}

type Note struct {
	ID        uint
	Key       string `gorm:"uniqueIndex"`
	DeletedAt gorm.DeletedAt
}

// NoteFor cannot see a soft-deleted note, whose key still conflicts.
func NoteFor(ctx context.Context, db *gorm.DB, key string) (uint, error) {
	var n Note
	err := db.Where(&Note{Key: key}).First(&n).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		n = Note{Key: key}
		err = db.Create(&n).Error
	}
	return n.ID, err
}
