package api

import (
	"encoding/base32"
	"errors"
	"net/http"

	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/server/store/types"
	"example.com/realworld/woodpecker/third_party/gin"
	"example.com/realworld/woodpecker/third_party/random"
)

const defaultForgeID = 1

// handleDBError is server/api/helper.go:47.
func handleDBError(c *gin.Context, err error) {
	if errors.Is(err, types.ErrRecordNotExist) {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	_ = c.AbortWithError(http.StatusInternalServerError, err)
}

// PatchUser is server/api/users.go:105 (PATCH /api/users/{login}, admin).
func PatchUser(c *gin.Context) {
	_store := store.FromContext(c)

	in := &model.User{}
	err := c.Bind(in)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}

	if in.ForgeID < defaultForgeID {
		in.ForgeID = defaultForgeID
	}

	user, err := store.FromContext(c).GetUserByRemoteID(in.ForgeID, in.ForgeRemoteID) // safe: the lookups only select the row to UPDATE; not found ends in 404, nothing is inserted
	if err != nil && !errors.Is(err, types.ErrRecordNotExist) {
		handleDBError(c, err)
		return
	}

	if user == nil {
		user, err = _store.GetUserByLogin(in.ForgeID, c.Param("login"))
		if err != nil {
			handleDBError(c, err)
			return
		}
	}

	// TODO: disallow to change login, email, avatar if the user is using oauth
	user.Login = in.Login
	user.Email = in.Email
	user.Avatar = in.Avatar
	user.Admin = in.Admin

	err = _store.UpdateUser(user)
	if err != nil {
		c.AbortWithStatus(http.StatusConflict)
		return
	}

	c.JSON(http.StatusOK, user)
}

// PostUser is server/api/users.go:158 (POST /api/users, admin): no lookup of
// its own, but CreateUser (datastore/user.go:51) gets or creates the user's
// org (R2).
func PostUser(c *gin.Context) {
	in := &model.User{}
	err := c.Bind(in)
	if err != nil {
		c.String(http.StatusBadRequest, err.Error())
		return
	}

	if in.ForgeID < defaultForgeID {
		in.ForgeID = defaultForgeID
	}

	user := &model.User{
		Login:  in.Login,
		Email:  in.Email,
		Avatar: in.Avatar,
		Hash: base32.StdEncoding.EncodeToString(
			random.GetRandomBytes(32),
		),
		ForgeID:       in.ForgeID,
		ForgeRemoteID: model.ForgeRemoteID("0"), // TODO: search for the user in the forge and get the remote id
	}
	if err = store.FromContext(c).CreateUser(user); err != nil {
		c.String(http.StatusInternalServerError, err.Error())
		return
	}
	c.JSON(http.StatusOK, user)
}
