package device

import (
	"context"
	"errors"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/copier"
	"example.com/heldout/traggo/pkg/gqlmodel"
	"gorm.io/gorm"
)

// UpdateDevice reproduces device/update.go:14 (lookup :16, save :25).
func (r *ResolverForDevice) UpdateDevice(ctx context.Context, id int, name string, deviceType gqlmodel.DeviceType) (*gqlmodel.Device, error) {
	device := new(model.Device)
	if errors.Is(r.DB.Where("user_id = ?", auth.GetUser(ctx).ID).Take(device, id).Error, gorm.ErrRecordNotFound) { // safe: the lookup by primary key guards an update; not found is an error, found is saved back under its id
		return nil, errors.New("device not found")
	}

	device.Name = name
	device.Type = model.DeviceType(deviceType)
	if err := device.Type.Valid(); err != nil {
		return nil, err
	}
	update := r.DB.Save(device)
	gqlDevice := &gqlmodel.Device{}
	copier.Copy(gqlDevice, device)
	return gqlDevice, update.Error
}
