// Package config is a reduced copy of owncast config.
package config

// MaxUserColor is the max color index for chat users.
const MaxUserColor = 7
