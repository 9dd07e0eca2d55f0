package cache

import (
	"encoding/json"
	"errors"

	"example.com/heldout/evcc/server/db"
	"gorm.io/gorm"
)

var ErrNotFound = errors.New("cache entry not found")

type Cache struct {
	Key   string `json:"key" gorm:"primarykey"`
	Value string `json:"value"`
}

func init() {
	db.Register(func(db *gorm.DB) error {
		return db.AutoMigrate(new(Cache))
	})
}

func Put(key string, value any) error {
	data, err := json.Marshal(value)
	if err != nil {
		return err
	}

	return db.Instance.Save(&Cache{
		Key:   key,
		Value: string(data),
	}).Error
}

func Get(key string, result any) error {
	var cacheEntry Cache

	err := db.Instance.First(&cacheEntry, "key = ?", key).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		}
		return err
	}

	return json.Unmarshal([]byte(cacheEntry.Value), result)
}
