// Package auth reproduces github.com/traggo/server/auth (middleware.go), trimmed
// to the token lookup in reqisterUser and the context helpers.
// GORM v1 -> v2: x.Find(&row).RecordNotFound() is written
// errors.Is(x.Take(&row).Error, gorm.ErrRecordNotFound) (v2's Find never reports
// ErrRecordNotFound; v1's Find on a struct did, and Take is its v2 form).
package auth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/mux"
	"example.com/heldout/traggo/pkg/zerolog/log"
	"gorm.io/gorm"
)

type key string

var (
	traggoSession     = "traggo"
	userKey       key = "user"
	deviceKey     key = "device"

	timeNow = time.Now
)

// Middleware reproduces auth/middleware.go:28 (session callbacks left out).
func Middleware(db *gorm.DB) mux.MiddlewareFunc {
	return func(handler http.Handler) http.Handler {
		return http.HandlerFunc(func(writer http.ResponseWriter, request *http.Request) {
			handler.ServeHTTP(writer, reqisterUser(request, writer, db))
		})
	}
}

// reqisterUser reproduces auth/middleware.go:54 (lookup :61, save :95;
// impersonation :72-90 left out).
func reqisterUser(request *http.Request, writer http.ResponseWriter, db *gorm.DB) *http.Request {
	token, err := getToken(request)
	if err != nil {
		return request
	}

	device := &model.Device{}
	if errors.Is(db.Where("token = ?", token).Take(device).Error, gorm.ErrRecordNotFound) { // safe: the lookup authenticates; not found returns the request unchanged, found only updates the device's active_at (Save of a row with its primary key)
		log.Debug().Str("token", token).Msg("No device with token found")
		return request
	}

	user := &model.User{}
	if errors.Is(db.Take(user, device.UserID).Error, gorm.ErrRecordNotFound) {
		log.Panic().Int("userID", device.UserID).Int("deviceID", device.ID).Msg("User not found")
	}
	log.Debug().Int("userid", device.UserID).Str("username", user.Name).Msg("User found")

	if device.ActiveAt.Before(time.Now().Add(5 * -time.Minute)) {
		log.Debug().Int("deviceId", device.ID).Str("deviceName", device.Name).Msg("update device activeAt")
		device.ActiveAt = timeNow()
		db.Save(device)

		if cookie, err := request.Cookie(traggoSession); err == nil && cookie != nil {
			cookie.MaxAge = device.Type.Seconds()
			http.SetCookie(writer, cookie)
		}
	}

	return request.WithContext(WithUser(WithDevice(request.Context(), device), user))
}

// getToken reproduces auth/middleware.go:106.
func getToken(request *http.Request) (string, error) {
	if value := request.Header.Get("Authorization"); value != "" && strings.HasPrefix(value, "traggo ") {
		return strings.TrimPrefix(value, "traggo "), nil
	}

	if cookie, err := request.Cookie("traggo"); err == nil && cookie != nil && cookie.Value != "" {
		return cookie.Value, nil
	}

	if token := request.FormValue("token"); token != "" {
		return token, nil
	}

	return "", errors.New("no token found")
}

// WithDevice reproduces auth/middleware.go:127.
func WithDevice(ctx context.Context, device *model.Device) context.Context {
	return context.WithValue(ctx, deviceKey, device)
}

// WithUser reproduces auth/middleware.go:135.
func WithUser(ctx context.Context, user *model.User) context.Context {
	return context.WithValue(ctx, userKey, user)
}

// GetUser reproduces auth/middleware.go:153.
func GetUser(ctx context.Context) *model.User {
	if user, ok := ctx.Value(userKey).(*model.User); ok {
		return user
	}
	return nil
}

// GetDevice reproduces auth/middleware.go:161.
func GetDevice(ctx context.Context) *model.Device {
	if device, ok := ctx.Value(deviceKey).(*model.Device); ok {
		return device
	}
	return nil
}

// GetCreateSession reproduces auth/middleware.go:169 (the session callback is
// a no-op here: sessionCallbacks is left out).
func GetCreateSession(ctx context.Context) func(token string, age int) {
	return func(token string, age int) {}
}
