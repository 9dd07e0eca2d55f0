package model

import (
	"example.com/heldout/messagepusher/common"
)

// Option keys (gorm AutoMigrate): key is the primary key.
type Option struct {
	Key   string `json:"key" gorm:"primaryKey"`
	Value string `json:"value"`
}

func UpdateOption(key string, value string) error {
	// Save to database first
	option := Option{
		Key: key,
	}
	// https://gorm.io/docs/update.html#Save-All-Fields
	// FirstOrCreate is SELECT then INSERT; two concurrent callers for a new key make the
	// second INSERT fail on the primary key, but that error is discarded and the Save below
	// (UPDATE by primary key; a Create only if nothing was updated) writes the value anyway.
	DB.FirstOrCreate(&option, Option{Key: key}) // safe: options.key is the PRIMARY KEY; the duplicate-key error of the losing INSERT is discarded and DB.Save below writes the value by key
	option.Value = value
	// Save is a combination function.
	// If save value does not contain primary key, it will execute Create,
	// otherwise it will execute Update (with all fields).
	DB.Save(&option)
	// Update OptionMap
	updateOptionMap(key, value)
	return nil
}

func updateOptionMap(key string, value string) {
	common.OptionMapRWMutex.Lock()
	defer common.OptionMapRWMutex.Unlock()
	if common.OptionMap == nil {
		common.OptionMap = make(map[string]string)
	}
	common.OptionMap[key] = value
	// (upstream then copies known keys into the common.* globals; trimmed)
}
