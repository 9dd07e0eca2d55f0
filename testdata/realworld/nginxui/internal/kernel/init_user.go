// Package kernel reproduces 0xJacky/nginx-ui 1df16d75f689 internal/kernel.
package kernel

import (
	"context"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/third_party/cosy"
)

// InitUser is internal/kernel/init_user.go:10.
func InitUser(ctx context.Context) {
	db := cosy.UseDB(ctx)
	user := &model.User{}
	db.Unscoped().Where("id = ?", 1).Find(user) // race

	// if user is not found, create a new user
	if user.ID == 0 {
		db.Create(&model.User{
			Model: model.Model{
				ID: 1,
			},
			Name: "admin",
		})
		return
	}

	// if user is found, check if the user is deleted
	// if the user is deleted, restore the user
	db.Unscoped().Where("id = ?", 1).Update("deleted_at", nil)
}
