// Package save_param_wrapper saves new rows through a wrapper of Save
// (gophish's PostPage: db.Save(p) of the page its handler decoded): a
// call that hands in a row the caller made is a create; one that hands
// in a row it was given, or a row it looked up, or a literal with the
// primary key set (Save updates or upserts that row) is not.
package save_param_wrapper

import (
	"errors"

	"gorm.io/gorm"
)

type Page struct {
	ID      uint
	UserID  uint   `gorm:"uniqueIndex:idx_page_user_name"`
	Name    string `gorm:"uniqueIndex:idx_page_user_name"`
	Capture bool
	Files   []File
}

type File struct {
	ID     uint
	PageID uint
	Path   string
}

type Provider struct {
	Name   string `gorm:"primaryKey"`
	Config string
}

var errTaken = errors.New("page name already in use")

// GetPageByName reads the page's files after it: its not-found is the
// page's.
func GetPageByName(db *gorm.DB, name string, uid uint) (Page, error) {
	p := Page{}
	err := db.Where("user_id = ? AND name = ?", uid, name).First(&p).Error
	if err != nil {
		return p, err
	}
	err = db.Where("page_id = ?", p.ID).Find(&p.Files).Error
	return p, err
}

var pageReads int

// GetPageCounted counts the read through a pointer after the lookup: it
// writes more than its locals, so it is no lookup for its callers.
func GetPageCounted(db *gorm.DB, name string, uid uint) (Page, error) {
	p := Page{}
	err := db.Where("user_id = ? AND name = ?", uid, name).First(&p).Error
	if err != nil {
		return p, err
	}
	c := &pageReads
	*c++
	err = db.Where("page_id = ?", p.ID).Find(&p.Files).Error
	return p, err
}

// AddCountedPage is not reported: its lookup function writes memory of
// the package.
func AddCountedPage(db *gorm.DB, name string, uid uint) error {
	_, err := GetPageCounted(db, name, uid)
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	p := Page{Name: name, UserID: uid}
	return PostPage(db, &p)
}

// Validate normalizes the page it is given.
func (p *Page) Validate() error {
	if p.Name == "" {
		return errors.New("no name")
	}
	p.Capture = true
	return nil
}

// PostPage creates a page: a Save of the page its caller hands in.
func PostPage(db *gorm.DB, p *Page) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return db.Save(p).Error
}

// AddPage makes the page after the check: fixed, PostPage retried once.
func AddPage(db *gorm.DB, name string, uid uint) (*Page, error) {
	_, err := GetPageByName(db, name, uid)
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		if err == nil {
			err = errTaken
		}
		return nil, err
	}
	p := Page{Name: name, UserID: uid}
	if err := PostPage(db, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// CreatePage is the handler: the page is its own, a new row, set before
// the check (reported, with what to change).
func CreatePage(db *gorm.DB, name string, uid uint) (*Page, error) {
	p := Page{}
	p.Name, p.UserID = name, uid
	_, err := GetPageByName(db, name, uid)
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		if err == nil {
			err = errTaken
		}
		return nil, err
	}
	if err := PostPage(db, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// RenamePage saves a page it was given (a row with its id): an update,
// not a create.
func RenamePage(db *gorm.DB, p *Page, name string) error {
	_, err := GetPageByName(db, name, p.UserID)
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		if err == nil {
			err = errTaken
		}
		return err
	}
	p.Name = name
	return PostPage(db, p)
}

// SaveProvider saves the row of its primary key.
func SaveProvider(db *gorm.DB, pr *Provider) error {
	return db.Save(pr).Error
}

// GetProvider looks a provider up by its primary key.
func GetProvider(db *gorm.DB, name string) (*Provider, error) {
	var pr Provider
	if err := db.Where("name = ?", name).First(&pr).Error; err != nil {
		return nil, err
	}
	return &pr, nil
}

// SeedProvider saves a literal that sets the primary key: GORM's Save
// updates that row, or inserts it ON CONFLICT DO UPDATE: no race.
func SeedProvider(db *gorm.DB, name string) error {
	if _, err := GetProvider(db, name); err == nil {
		return nil
	}
	return SaveProvider(db, &Provider{Name: name, Config: "{}"})
}
