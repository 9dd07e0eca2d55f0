package entity

import (
	"encoding/json"
	"errors"

	"example.com/heldout/flagr/pkg/config"
	"example.com/heldout/flagr/pkg/notification"
	"gorm.io/gorm"
)

// FlagSnapshot reproduces pkg/entity/flag_snapshot.go:17 (only a non-unique
// index on flag_id; one new row per mutation).
type FlagSnapshot struct {
	gorm.Model
	FlagID    uint `gorm:"index:idx_flagsnapshot_flagid"`
	UpdatedBy string
	Flag      []byte `gorm:"type:text"`
}

type snapshotNotificationPayload struct {
	flagKey   string
	preValue  string
	postValue string
}

// SnapshotNotification reproduces pkg/entity/flag_snapshot.go:36.
type SnapshotNotification struct {
	payload snapshotNotificationPayload
}

// WriteFlagSnapshotTx reproduces pkg/entity/flag_snapshot.go:41 (logging
// trimmed). Called by handler commitFlagMutation (crud.go:919) after every
// flag/segment/variant/constraint/distribution/tag mutation.
func WriteFlagSnapshotTx(
	tx *gorm.DB,
	flagID uint,
	updatedBy string,
) (SnapshotNotification, error) {
	var out SnapshotNotification
	f := &Flag{}
	// Use Unscoped to include soft-deleted flags.
	if err := tx.Unscoped().First(f, flagID).Error; err != nil { // safe: lookup of the parent flag; not found is an error, and the insert below is a child snapshot row on a fresh autoincrement id
		return out, err
	}
	if err := PreloadSegmentsVariantsTags(tx.Unscoped()).First(f, flagID).Error; err != nil {
		return out, err
	}

	b, err := json.Marshal(f)
	if err != nil {
		return out, err
	}

	preFS := &FlagSnapshot{}
	if err := tx.Unscoped().Where("flag_id = ?", flagID).Order("id desc").First(preFS).Error; err != nil && !errors.Is(err, gorm.ErrRecordNotFound) { // safe: reads the previous snapshot for the diff only; the insert below is unconditional, a new history row on a fresh autoincrement id
		_ = err // upstream: logrus Warn("failed to find previous flag snapshot")
	}

	fs := FlagSnapshot{FlagID: f.ID, UpdatedBy: updatedBy, Flag: b}
	if err := tx.Create(&fs).Error; err != nil {
		return out, err
	}

	f.UpdatedBy = updatedBy
	f.SnapshotID = fs.ID

	if err := tx.Unscoped().Save(f).Error; err != nil {
		return out, err
	}

	out.payload.flagKey = f.Key
	if config.Config.NotificationDetailedDiffEnabled {
		out.payload.preValue = string(preFS.Flag)
		out.payload.postValue = string(fs.Flag)
	}
	return out, nil
}

// NotifyAfterCommit reproduces pkg/entity/flag_snapshot.go:107 (statsd and
// diff trimmed).
func (n SnapshotNotification) NotifyAfterCommit(
	flagID uint,
	updatedBy string,
	operation notification.Operation,
	componentType notification.ComponentType,
	componentID uint,
	componentKey string,
) {
	notification.SendNotification(notification.Notification{
		Operation:     operation,
		FlagID:        flagID,
		FlagKey:       n.payload.flagKey,
		ComponentType: componentType,
		ComponentID:   componentID,
		ComponentKey:  componentKey,
		PreValue:      n.payload.preValue,
		PostValue:     n.payload.postValue,
		User:          updatedBy,
	})
}
