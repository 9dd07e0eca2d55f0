package lib

import (
	"encoding/json"
	"math"
	"time"

	"example.com/heldout/yearning/src/model"
	"github.com/google/uuid"
)

// GenWorkid reproduces src/lib/toolbox.go:54.
func GenWorkid() string {
	return uuid.NewString()
}

// TimeDifference reproduces src/lib/toolbox.go:88.
func TimeDifference(t string) bool {
	if t == "" {
		return false
	}
	dt, _ := time.ParseInLocation("2006-01-02 15:04 ", t, time.Local)
	source := time.Now()
	if math.Abs(source.Sub(dt).Minutes()) > float64(model.GloOther.ExQueryTime) && float64(model.GloOther.ExQueryTime) > 0 {
		return true
	}
	return false
}

// EmptyGroup reproduces src/lib/toolbox.go:121.
func EmptyGroup() []byte {
	group, _ := json.Marshal([]string{})
	return group
}
