// Reproduces server/api_authenticate.go of heroiclabs/nakama, trimmed to two of
// the nine authenticate entry points (the other seven are shaped the same and
// call AuthenticateApple/Email/Facebook/FacebookInstantGame/GameCenter/Google/
// Steam at api_authenticate.go:110/364/436/512/595/666/741). Before/after
// runtime hooks and session token issuing are trimmed.
package server

import (
	"context"

	"example.com/heldout/nakama/pkg/grpc/codes"
	"example.com/heldout/nakama/pkg/grpc/status"
	"example.com/heldout/nakama/pkg/nakama-common/api"
)

// AuthenticateCustom reproduces api_authenticate.go:141.
func (s *ApiServer) AuthenticateCustom(ctx context.Context, in *api.AuthenticateCustomRequest) (*api.Session, error) {
	logger, _ := LoggerWithTraceId(ctx, s.logger)

	if in.Account == nil || in.Account.Id == "" {
		return nil, status.Error(codes.InvalidArgument, "Custom ID is required.")
	} else if invalidCharsRegex.MatchString(in.Account.Id) {
		return nil, status.Error(codes.InvalidArgument, "Custom ID invalid, no spaces or control characters allowed.")
	} else if len(in.Account.Id) < 6 || len(in.Account.Id) > 128 {
		return nil, status.Error(codes.InvalidArgument, "Custom ID invalid, must be 6-128 bytes.")
	}

	username := in.Username
	if username == "" {
		username = generateUsername()
	} else if invalidUsernameRegex.MatchString(username) {
		return nil, status.Error(codes.InvalidArgument, "Username invalid, no spaces or control characters allowed.")
	} else if len(username) > 128 {
		return nil, status.Error(codes.InvalidArgument, "Username invalid, must be 1-128 bytes.")
	}

	create := in.Create == nil || in.Create.Value

	dbUserID, dbUsername, created, err := AuthenticateCustom(ctx, logger, s.db, in.Account.Id, username, create)
	if err != nil {
		return nil, err
	}

	// Trimmed: token generation and session cache.
	session := &api.Session{Created: created, Token: dbUserID + ":" + dbUsername}
	return session, nil
}

// AuthenticateDevice reproduces api_authenticate.go:216.
func (s *ApiServer) AuthenticateDevice(ctx context.Context, in *api.AuthenticateDeviceRequest) (*api.Session, error) {
	logger, _ := LoggerWithTraceId(ctx, s.logger)

	if in.Account == nil || in.Account.Id == "" {
		return nil, status.Error(codes.InvalidArgument, "Device ID is required.")
	} else if invalidCharsRegex.MatchString(in.Account.Id) {
		return nil, status.Error(codes.InvalidArgument, "Device ID invalid, no spaces or control characters allowed.")
	} else if len(in.Account.Id) < 10 || len(in.Account.Id) > 128 {
		return nil, status.Error(codes.InvalidArgument, "Device ID invalid, must be 10-128 bytes.")
	}

	username := in.Username
	if username == "" {
		username = generateUsername()
	} else if invalidUsernameRegex.MatchString(username) {
		return nil, status.Error(codes.InvalidArgument, "Username invalid, no spaces or control characters allowed.")
	} else if len(username) > 128 {
		return nil, status.Error(codes.InvalidArgument, "Username invalid, must be 1-128 bytes.")
	}

	create := in.Create == nil || in.Create.Value

	dbUserID, dbUsername, created, err := AuthenticateDevice(ctx, logger, s.db, in.Account.Id, username, create)
	if err != nil {
		return nil, err
	}

	// Trimmed: token generation and session cache.
	session := &api.Session{Created: created, Token: dbUserID + ":" + dbUsername}
	return session, nil
}
