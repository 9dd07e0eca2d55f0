package device

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/auth/rand"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/copier"
	"example.com/heldout/traggo/pkg/gqlmodel"
	"example.com/heldout/traggo/user/password"
	"gorm.io/gorm"
)

var (
	timeNow          = time.Now
	randToken        = rand.Token
	comparePassword  = password.ComparePassword
	errUserPassWrong = errors.New("username/password combination does not exist")
)

// Login reproduces device/create.go:24 (lookup :27-29, then createDeviceInternal :37).
func (r *ResolverForDevice) Login(ctx context.Context, username string, pass string, deviceName string, deviceType gqlmodel.DeviceType, cookie bool) (*gqlmodel.Login, error) {

	user := new(model.User)
	find := r.DB.Where("name = ?", username).Take(user) // safe: not found is an error (the user must exist); the insert below is of another model (Device), keyed on a fresh random token

	if errors.Is(find.Error, gorm.ErrRecordNotFound) {
		return nil, errUserPassWrong
	}

	if !comparePassword(user.Pass, []byte(pass)) {
		return nil, errUserPassWrong
	}

	return r.createDeviceInternal(ctx, user, deviceName, deviceType, cookie)
}

// CreateDevice reproduces device/create.go:41.
func (r *ResolverForDevice) CreateDevice(ctx context.Context, deviceName string, deviceType gqlmodel.DeviceType) (*gqlmodel.Login, error) {

	user := auth.GetUser(ctx)

	return r.createDeviceInternal(ctx, user, deviceName, deviceType, false)
}

// createDeviceInternal reproduces device/create.go:48 (lookup :51, insert :73).
func (r *ResolverForDevice) createDeviceInternal(ctx context.Context, user *model.User, deviceName string, deviceType gqlmodel.DeviceType, cookie bool) (*gqlmodel.Login, error) {

	token := randToken(20)
	for !errors.Is(r.DB.Where("token = ?", token).Take(new(model.Device)).Error, gorm.ErrRecordNotFound) { // safe: fresh generated key: the token is 20 random characters from crypto/rand (62 symbols, ~119 bits), re-drawn while taken; two callers drawing the same token is negligible, and devices.token is UNIQUE (model/device.go:13)
		token = randToken(20)
	}

	now := timeNow()
	device := &model.Device{
		Token:     token,
		UserID:    user.ID,
		Name:      deviceName,
		Type:      model.DeviceType(deviceType),
		CreatedAt: now.UTC(),
		ActiveAt:  now.UTC(),
	}

	if err := device.Type.Valid(); err != nil {
		return nil, err
	}

	if cookie {
		auth.GetCreateSession(ctx)(token, device.Type.Seconds())
	}

	create := r.DB.Create(device)

	gqlUser := &gqlmodel.User{}
	copier.Copy(gqlUser, user)
	gqlDevice := &gqlmodel.Device{}
	copier.Copy(gqlDevice, device)
	return &gqlmodel.Login{
		User:   gqlUser,
		Device: gqlDevice,
		Token:  token}, create.Error
}
