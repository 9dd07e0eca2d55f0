package config

import (
	"fmt"
	"maps"

	"example.com/heldout/evcc/server/db"
	"example.com/heldout/evcc/util/templates"
	"gorm.io/gorm"
)

// Config is the database mapping for device configurations
// The device prefix ensures unique namespace
//
// TODO migrate vehicle and loadpoints to this schema
type Config struct {
	ID         int `gorm:"primarykey"`
	Class      templates.Class
	Properties `gorm:"embedded"`
	Data       map[string]any `gorm:"column:value;type:string;serializer:json"`
}

type Properties struct {
	Type    string
	Title   string `json:"deviceTitle,omitempty" mapstructure:"deviceTitle"`
	Icon    string `json:"deviceIcon,omitempty" mapstructure:"deviceIcon"`
	Product string `json:"deviceProduct,omitempty" mapstructure:"deviceProduct"`
}

// Named converts device details to named config
func (d *Config) Named() Named {
	res := Named{
		Name:  NameForID(d.ID),
		Type:  d.Type,
		Other: maps.Clone(d.Data),
	}
	return res
}

func WithProperties(p Properties) func(*Config) {
	return func(d *Config) {
		d.Properties = p
	}
}

// Update updates a config's details to the database
func (d *Config) Update(conf map[string]any, opt ...func(*Config)) error {
	return db.Instance.Transaction(func(tx *gorm.DB) error {
		var config Config
		if err := tx.Where(Config{Class: d.Class, ID: d.ID}).First(&config).Error; err != nil { // safe: update-only guard: not found returns the error, nothing is inserted; the write is Save by primary key ID of an existing row, inside a transaction
			return err
		}

		d.Data = conf
		for _, o := range opt {
			o(d)
		}

		return tx.Save(&d).Error
	})
}

// Delete deletes a config from the database
func (d *Config) Delete() error {
	return db.Instance.Delete(Config{ID: d.ID}).Error
}

func init() {
	db.Register(func(db *gorm.DB) error {
		return db.AutoMigrate(new(Config))
	})
}

// NameForID returns a unique config name for the given id
func NameForID(id int) string {
	return fmt.Sprintf("db:%d", id)
}

// ConfigurationsByClass returns devices by class from the database
func ConfigurationsByClass(class templates.Class) ([]Config, error) {
	var devices []Config
	tx := db.Instance.Where(&Config{Class: class}).Find(&devices)

	// remove devices without details
	res := make([]Config, 0, len(devices))
	for _, dev := range devices {
		if len(dev.Data) > 0 {
			res = append(res, dev)
		}
	}

	return res, tx.Error
}

// ConfigurationByClass returns the single configuration for class, or nil if none
func ConfigurationByClass(class templates.Class) (*Config, error) {
	configs, err := ConfigurationsByClass(class)
	if err != nil || len(configs) == 0 {
		return nil, err
	}

	return &configs[0], nil
}

// AddConfig adds a new config to the database
func AddConfig(class templates.Class, conf map[string]any, opt ...func(*Config)) (Config, error) {
	config := Config{
		Class: class,
		Data:  conf,
	}

	for _, o := range opt {
		o(&config)
	}

	if err := db.Instance.Create(&config).Error; err != nil {
		return Config{}, err
	}

	return config, nil
}
