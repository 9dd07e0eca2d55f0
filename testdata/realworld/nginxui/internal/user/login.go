// Package user reproduces 0xJacky/nginx-ui 1df16d75f689 internal/user.
package user

import (
	"time"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"example.com/realworld/nginxui/settings"
)

// BanIP is internal/user/login.go:36: records a failed login attempt for ip.
func BanIP(ip string) {
	b := query.BanIP
	banIP, err := b.Where(b.IP.Eq(ip)).First() // race
	if err != nil || banIP.ExpiredAt <= time.Now().Unix() {
		_ = b.Create(&model.BanIP{
			IP:        ip,
			Attempts:  1,
			ExpiredAt: time.Now().Unix() + int64(settings.AuthSettings.BanThresholdMinutes*60),
		})
		return
	}
	_, _ = b.Where(b.IP.Eq(ip)).UpdateSimple(b.Attempts.Add(1))
}
