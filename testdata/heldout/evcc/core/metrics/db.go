package metrics

import (
	"time"

	"example.com/heldout/evcc/server/db"
	"gorm.io/gorm"
)

type meter struct {
	Meter        int      `json:"meter" gorm:"column:meter;uniqueIndex:meters_meter_ts"`
	Timestamp    int64    `json:"ts" gorm:"column:ts;uniqueIndex:meters_meter_ts"` // start of 15min slot
	Entity       entity   `json:"-" gorm:"foreignkey:Meter;references:Id"`
	Energy       float64  `json:"energy" gorm:"column:energy"`
	ReturnEnergy float64  `json:"returnEnergy" gorm:"column:return_energy"`
	SocTemp      *float64 `json:"socTemp,omitempty" gorm:"column:soc_temp"`    // at start of slot
	Recovered    bool     `json:"recovered,omitempty" gorm:"column:recovered"` // downtime catchup slot, excluded from profile
}

type entity struct {
	Id                int      `gorm:"column:id;primarykey"`
	Group             string   `gorm:"column:group;uniqueIndex:entities_group_name"`
	Name              string   `gorm:"column:name;uniqueIndex:entities_group_name"`
	Title             string   `gorm:"column:title"`
	IsTemp            bool     `gorm:"column:is_temp"`             // soc_temp holds temperature, not soc
	EnergyMeter       *float64 `gorm:"column:energy_meter"`        // kWh, at last persisted slot
	ReturnEnergyMeter *float64 `gorm:"column:return_energy_meter"` // kWh, at last persisted slot
}

func init() {
	db.Register(func(_ *gorm.DB) error {
		return SetupSchema()
	})
}

// SetupSchema is used for testing
func SetupSchema() error {
	// entites: create entity first to make sure foreign keys for existing data work
	if err := db.Instance.AutoMigrate(new(entity)); err != nil {
		return err
	}

	// ensure home entity exists (reserves id=1 for legacy meter FK references)
	if _, err := createEntity(Home, Home, Home); err != nil {
		return err
	}

	return db.Instance.AutoMigrate(new(meter))
}

// persist stores a completed 15min slot
func persist(entity entity, ts time.Time, energy, returnEnergy float64, socTemp *float64, recovered bool) error {
	slot := ts.Truncate(15 * time.Minute)
	return db.Instance.Create(&meter{
		Meter:        entity.Id,
		Timestamp:    slot.Unix(),
		Energy:       energy,
		ReturnEnergy: returnEnergy,
		SocTemp:      socTemp,
		Recovered:    recovered,
	}).Error
}
