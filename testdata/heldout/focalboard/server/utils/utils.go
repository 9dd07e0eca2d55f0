// Package utils reproduces github.com/mattermost/focalboard/server/utils
// (utils.go), trimmed to what the reproduction uses.
package utils

import (
	mmModel "example.com/heldout/focalboard/pkg/mmmodel"
)

type IDType byte

const (
	IDTypeNone       IDType = '7'
	IDTypeTeam       IDType = 't'
	IDTypeBoard      IDType = 'b'
	IDTypeCard       IDType = 'c'
	IDTypeView       IDType = 'v'
	IDTypeSession    IDType = 's'
	IDTypeUser       IDType = 'u'
	IDTypeToken      IDType = 'k'
	IDTypeBlock      IDType = 'a'
	IDTypeAttachment IDType = 'i'
)

// NewID is a globally unique identifier (server/utils/utils.go:31): a type
// prefix plus a random 26-character id.
func NewID(idType IDType) string {
	return string(idType) + mmModel.NewId()
}

// GetMillis is a convenience method to get milliseconds since epoch.
func GetMillis() int64 {
	return mmModel.GetMillis()
}

// DedupeStringArr reproduces server/utils/utils.go:108.
func DedupeStringArr(arr []string) []string {
	hashMap := map[string]bool{}

	for _, item := range arr {
		hashMap[item] = true
	}

	dedupedArr := make([]string, len(hashMap))
	i := 0
	for key := range hashMap {
		dedupedArr[i] = key
		i++
	}

	return dedupedArr
}
