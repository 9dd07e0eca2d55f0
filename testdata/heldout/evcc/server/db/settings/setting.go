package settings

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"sync"

	"example.com/heldout/evcc/server/db"
	"example.com/heldout/evcc/third_party/github.com/samber/lo"
	"gorm.io/gorm"
)

var ErrNotFound = errors.New("not found")

// setting is a settings entry
type setting struct {
	dirty bool
	Key   string `json:"key" gorm:"primarykey"`
	Value string `json:"value"`
}

var (
	mu       sync.RWMutex
	settings []setting
)

func init() {
	db.Register(func(db *gorm.DB) error {
		if err := db.AutoMigrate(new(setting)); err != nil {
			return err
		}

		return db.Find(&settings).Error
	})
}

func Persist() error {
	mu.Lock()
	defer mu.Unlock()

	if dirty := lo.FilterMap(settings, func(s setting, _ int) (*setting, bool) {
		return &s, s.dirty
	}); len(dirty) > 0 {
		if err := db.Instance.Save(dirty).Error; err != nil {
			return err
		}

		for _, s := range dirty {
			s.dirty = false
		}
	}

	return nil
}

func equal(key string) func(setting) bool {
	return func(s setting) bool {
		return s.Key == key
	}
}

func Delete(key string) error {
	mu.Lock()
	defer mu.Unlock()

	if idx := slices.IndexFunc(settings, equal(key)); idx >= 0 {
		if err := db.Instance.Delete(setting{
			Key: settings[idx].Key,
		}).Error; err != nil {
			return err
		}

		settings = slices.Delete(settings, idx, idx+1)
	}

	return nil
}

func SetString(key string, val string) {
	mu.Lock()
	defer mu.Unlock()

	if idx := slices.IndexFunc(settings, equal(key)); idx < 0 { // safe: in-memory lookup and append under mu; Persist (also under mu) writes Save([]*setting) = INSERT ... ON CONFLICT (key) DO UPDATE on primarykey key
		settings = append(settings, setting{true, key, val})
	} else if settings[idx].Value != val {
		settings[idx].dirty = true
		settings[idx].Value = val
	}
}

func SetInt(key string, val int64) {
	SetString(key, strconv.FormatInt(val, 10))
}

func SetJson(key string, val any) error {
	b, err := json.Marshal(val)
	if err == nil {
		SetString(key, string(b))
	}
	return err
}

func Exists(key string) bool {
	mu.RLock()
	defer mu.RUnlock()

	s, err := String(key)
	return err == nil && len(s) > 0
}

func String(key string) (string, error) {
	mu.RLock()
	defer mu.RUnlock()

	idx := slices.IndexFunc(settings, equal(key))
	if idx < 0 {
		return "", ErrNotFound
	}
	return settings[idx].Value, nil
}
