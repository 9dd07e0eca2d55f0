// Package namesgenerator is a stand-in for coder's namesgenerator.
package namesgenerator

import (
	"fmt"
	"math/rand"
)

var left = []string{"admiring", "adoring", "affectionate", "agitated"}

var right = []string{"albattani", "allen", "almeida", "antonelli"}

// GetRandomName generates a random name from the list of adjectives and
// surnames, with a random number appended when retry > 0.
func GetRandomName(retry int) string {
	name := left[rand.Intn(len(left))] + "_" + right[rand.Intn(len(right))] //nolint:gosec
	if retry > 0 {
		name = fmt.Sprintf("%s%d", name, rand.Intn(10)) //nolint:gosec
	}
	return name
}
