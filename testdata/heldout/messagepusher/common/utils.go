package common

import (
	"strings"
	"time"

	"github.com/google/uuid"
)

func GetUUID() string {
	code := uuid.New().String()
	code = strings.Replace(code, "-", "", -1)
	return code
}

func GetTimestamp() int64 {
	return time.Now().Unix()
}
