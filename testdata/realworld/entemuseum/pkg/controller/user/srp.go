package user

import (
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"errors"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/utils/auth"
	"example.com/realworld/entemuseum/third_party/gin"
	"example.com/realworld/entemuseum/third_party/stacktrace"
	"example.com/realworld/entemuseum/third_party/uuid"
)

// CompleteSRPSetup is server/pkg/controller/user/srp.go:48 (called by
// UserHandler.CompleteSRPSetup, server/pkg/api/user.go): InsertSRPAuth (:58).
func (c *UserController) CompleteSRPSetup(context *gin.Context, req ente.CompleteSRPSetupRequest) (*ente.CompleteSRPSetupResponse, error) {
	userID := auth.GetUserID(context.Request.Header)
	setup, err := c.UserAuthRepo.GetTempSRPSetupEntity(context, req.SetupID)
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	srpM2, err := c.verifySRPSession(setup.Verifier, setup.SessionID, req.SRPM1)
	if err != nil {
		return nil, err
	}
	err = c.UserAuthRepo.InsertSRPAuth(context, userID, setup.SRPUserID, setup.Verifier, setup.Salt)
	if err != nil {
		return nil, stacktrace.Propagate(err, "failed to add entry in srp auth")
	}
	return &ente.CompleteSRPSetupResponse{
		SetupID: req.SetupID,
		SRPM2:   *srpM2,
	}, nil
}

// UpdateSrpAndKeyAttributes updates the SRP and keys attributes if the SRP setup is successfully done
// server/pkg/controller/user/srp.go:69 (called by
// UserHandler.UpdateSrpAndKeyAttributes): InsertOrUpdateSRPAuthAndKeyAttr (:82);
// token clearing trimmed.
func (c *UserController) UpdateSrpAndKeyAttributes(context *gin.Context,
	userID int64,
	req ente.UpdateSRPAndKeysRequest,
	shouldClearTokens bool,
) (*ente.UpdateSRPSetupResponse, error) {
	setup, err := c.UserAuthRepo.GetTempSRPSetupEntity(context, req.SetupID)
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	srpM2, err := c.verifySRPSession(setup.Verifier, setup.SessionID, req.SRPM1)
	if err != nil {
		return nil, err
	}
	err = c.UserAuthRepo.InsertOrUpdateSRPAuthAndKeyAttr(context, userID, req, setup)
	if err != nil {
		return nil, stacktrace.Propagate(err, "failed to add entry in srp auth")
	}

	return &ente.UpdateSRPSetupResponse{
		SetupID: req.SetupID,
		SRPM2:   *srpM2,
	}, nil
}

// CreateSrpSession is server/pkg/controller/user/srp.go:124: lookup by
// srp_user_id (:125); an unknown user gets a fake session (:128
// fCreateSession) so that the response does not reveal it. The email-MFA
// check is trimmed.
func (c *UserController) CreateSrpSession(context *gin.Context, req ente.CreateSRPSessionRequest) (*ente.CreateSRPSessionResponse, error) {
	srpAuthEntity, err := c.UserAuthRepo.GetSRPAuthEntityBySRPUserID(context, req.SRPUserID) // safe: lookup in srp_auth; either branch inserts an srp_sessions row under a fresh uuid.New() id (many sessions per srp_user_id are expected), never an srp_auth row
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return c.fCreateSession(req.SRPUserID.String(), req.SRPA)
		}
		return nil, stacktrace.Propagate(err, "failed to get srp auth entity")
	}

	srpBBase64, sessionID, err := c.createAndInsertSRPSession(context, req.SRPUserID, srpAuthEntity.Verifier, req.SRPA)
	if err != nil {
		return nil, stacktrace.Propagate(err, "")
	}
	return &ente.CreateSRPSessionResponse{
		SRPB:      *srpBBase64,
		SessionID: *sessionID,
	}, nil
}

// createAndInsertSRPSession is server/pkg/controller/user/srp.go:182 (the
// SRP math and the unverified-session limit are trimmed).
func (c *UserController) createAndInsertSRPSession(
	gContext *gin.Context,
	srpUserID uuid.UUID,
	srpVerifier string,
	srpA string,
) (*string, *uuid.UUID, error) {
	serverSecret := make([]byte, 64)
	rand.Read(serverSecret)
	sessionID, err := c.UserAuthRepo.AddSRPSession(srpUserID, base64.StdEncoding.EncodeToString(serverSecret), srpA)

	if err != nil {
		return nil, nil, stacktrace.Propagate(err, "")
	}

	srpBBase64 := base64.StdEncoding.EncodeToString(serverSecret)
	return &srpBBase64, &sessionID, nil
}

// verifySRPSession stands in for server/pkg/controller/user/srp.go:241.
func (c *UserController) verifySRPSession(srpVerifier string, sessionID uuid.UUID, srpM1 string) (*string, error) {
	if srpM1 == "" {
		return nil, stacktrace.Propagate(ente.ErrBadRequest, "")
	}
	srpM2 := srpVerifier
	return &srpM2, nil
}

// fCreateSession is server/pkg/controller/user/srp.go:371 (timing
// simulation trimmed): AddFakeSRPSession (:401).
func (c *UserController) fCreateSession(srpUserID string, srpA string) (*ente.CreateSRPSessionResponse, error) {
	// Generate realistic fake SRP data
	serverSecret := make([]byte, 64) // Same size as real srp.GenKey()
	rand.Read(serverSecret)

	// Generate fake SRP B value (512 bytes like real)
	srpBBytes := make([]byte, 512)
	rand.Read(srpBBytes)

	// Parse srpUserID as UUID
	userUUID, err := uuid.Parse(srpUserID)
	if err != nil {
		return nil, stacktrace.Propagate(err, "failed to parse srpUserID")
	}

	// Store the fake session in the database (adds natural DB timing variance)
	sessionID, err := c.UserAuthRepo.AddFakeSRPSession(userUUID, base64.StdEncoding.EncodeToString(serverSecret), srpA)
	if err != nil {
		// If storage fails, still return a response to avoid revealing system errors
		return &ente.CreateSRPSessionResponse{
			SessionID: uuid.New(),
			SRPB:      base64.StdEncoding.EncodeToString(srpBBytes),
		}, nil
	}

	return &ente.CreateSRPSessionResponse{
		SessionID: sessionID,
		SRPB:      base64.StdEncoding.EncodeToString(srpBBytes),
	}, nil
}
