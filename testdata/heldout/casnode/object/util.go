package object

import (
	"strconv"

	"example.com/heldout/casnode/conf"
	"example.com/heldout/casnode/pkg/casdoorsdk"
)

// GetUserField reproduces object/util.go:24.
func GetUserField(user *casdoorsdk.User, field string) string {
	return user.Properties[field]
}

// GetUserFieldInt reproduces object/util.go:28.
func GetUserFieldInt(user *casdoorsdk.User, field string) int {
	res, err := strconv.Atoi(user.Properties[field])
	if err != nil {
		panic(err)
	}

	return res
}

func getInitScore() int {
	score, err := strconv.Atoi(conf.GetConfigString("initScore"))
	if err != nil {
		panic(err)
	}

	return score
}
