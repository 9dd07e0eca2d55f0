// Package server is a reduced copy of hatchet pkg/config/server: only the
// fields the reproduced handlers read.
package server

import (
	"example.com/realworld/hatchet/pkg/encryption"
	"example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/pkg/validator"
	"example.com/realworld/hatchet/third_party/zerolog"
)

// ConfigFileRuntime is the reduced runtime section of the server config file.
type ConfigFileRuntime struct {
	AllowSignup       bool
	AllowInvites      bool
	AllowCreateTenant bool
	MaxPendingInvites int
	ServerURL         string
}

// ConfigFileAuth is the reduced auth section of the server config file.
type ConfigFileAuth struct {
	BasicAuthEnabled bool
	SetEmailVerified bool
}

// AuthConfig is the reduced auth config.
type AuthConfig struct {
	ConfigFile ConfigFileAuth
}

// ServerConfig is the reduced server config.
type ServerConfig struct {
	Runtime    ConfigFileRuntime
	Auth       AuthConfig
	Encryption encryption.EncryptionService
	V1         repository.Repository
	Validator  validator.Validator
	Logger     *zerolog.Logger
}
