// Package agent reproduces pkg/server/api/agent/v1/service.go (AttestAgent,
// CreateJoinToken, attestJoinToken), trimmed: the gRPC stream, the agentv1 /
// types messages (spire-api-sdk), rate limiting, audit logging and CSR signing
// are replaced by minimal local types of the same shape.
package agent

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/proto/spire/common"
	"example.com/heldout/spire/third_party/grpc/codes"
	"example.com/heldout/spire/third_party/grpc/status"
	"example.com/heldout/spire/third_party/spiffeid"
)

// AttestAgentRequest_Params stands in for agentv1.AttestAgentRequest_Params.
type AttestAgentRequest_Params struct {
	Data *AttestationData
	Csr  []byte
}

type AttestationData struct {
	Type    string
	Payload []byte
}

// Agent_AttestAgentServer stands in for agentv1.Agent_AttestAgentServer.
type Agent_AttestAgentServer interface {
	Context() context.Context
	RecvParams() (*AttestAgentRequest_Params, error)
	SendAgentID(agentID string) error
}

// AttestResult stands in for nodeattestor.AttestResult.
type AttestResult struct {
	AgentID     string
	Selectors   []*common.Selector
	CanReattest bool
}

// NodeAttestor stands in for the server node attestor plugin interface.
type NodeAttestor interface {
	Attest(ctx context.Context, payload []byte) (*AttestResult, error)
}

type Service struct {
	ds        datastore.DataStore
	td        spiffeid.TrustDomain
	attestors map[string]NodeAttestor
	now       func() time.Time
}

func New(ds datastore.DataStore, td spiffeid.TrustDomain, attestors map[string]NodeAttestor) *Service {
	return &Service{ds: ds, td: td, attestors: attestors, now: time.Now}
}

// AttestAgent attests the authenticity of the given agent. Reproduces
// service.go:294 (lookup :361, SetNodeSelectors :377, insert :391 ->
// CreateAttestedNode sqlstore.go:298 -> createAttestedNode :1659; found path
// UpdateAttestedNode :401).
func (s *Service) AttestAgent(stream Agent_AttestAgentServer) error {
	ctx := stream.Context()

	params, err := stream.RecvParams()
	if err != nil {
		return status.Error(codes.InvalidArgument, "failed to receive request from stream")
	}

	// attest
	var attestResult *AttestResult
	if params.Data.Type == "join_token" {
		attestResult, err = s.attestJoinToken(ctx, string(params.Data.Payload))
		if err != nil {
			return err
		}
	} else {
		attestResult, err = s.attestChallengeResponse(ctx, params)
		if err != nil {
			return err
		}
	}

	agentID, err := spiffeid.FromString(attestResult.AgentID)
	if err != nil {
		return status.Errorf(codes.Internal, "invalid agent ID: %v", err)
	}

	// fetch the agent/node to check if it was already attested or banned
	// The read (withReadTx) and the insert (withWriteTx) are separate transactions; nothing serialises two attestations of one agent ID.
	attestedNode, err := s.ds.FetchAttestedNode(ctx, agentID.String()) // race
	if err != nil {
		return status.Errorf(codes.Internal, "failed to fetch agent: %v", err)
	}

	if attestedNode != nil && attestedNode.CertSerialNumber == "" {
		// nodeutil.IsAgentBanned (pkg/common/nodeutil/node.go:26)
		return status.Error(codes.PermissionDenied, "failed to attest: agent is banned")
	}

	// parse and sign CSR (trimmed: s.signSvid)
	notAfter := s.now().Add(time.Hour)
	serial := uuid.NewString()

	// dedupe and store node selectors
	err = s.ds.SetNodeSelectors(ctx, agentID.String(), attestResult.Selectors)
	if err != nil {
		return status.Errorf(codes.Internal, "failed to update selectors: %v", err)
	}

	// create or update attested entry
	if attestedNode == nil {
		node := &common.AttestedNode{
			AttestationDataType: params.Data.Type,
			SpiffeId:            agentID.String(),
			CertNotAfter:        notAfter.Unix(),
			CertSerialNumber:    serial,
			CanReattest:         attestResult.CanReattest,
		}
		if _, err := s.ds.CreateAttestedNode(ctx, node); err != nil {
			return status.Errorf(codes.Internal, "failed to create attested agent: %v", err)
		}
	} else {
		node := &common.AttestedNode{
			SpiffeId:         agentID.String(),
			CertNotAfter:     notAfter.Unix(),
			CertSerialNumber: serial,
			CanReattest:      attestResult.CanReattest,
		}
		if _, err := s.ds.UpdateAttestedNode(ctx, node, &common.AttestedNodeMask{CertNotAfter: true, CertSerialNumber: true, NewCertNotAfter: true, NewCertSerialNumber: true, CanReattest: true}); err != nil {
			return status.Errorf(codes.Internal, "failed to update attested agent: %v", err)
		}
	}

	return stream.SendAgentID(agentID.String())
}

// CreateJoinToken reproduces service.go:537 (insert :576, then
// createJoinTokenRegistrationEntry :585).
func (s *Service) CreateJoinToken(ctx context.Context, token string, ttl int32, agentIDString string) (string, error) {
	if ttl < 1 {
		return "", status.Error(codes.InvalidArgument, "ttl is required, you must provide one")
	}

	var agentID spiffeid.ID
	var err error
	if agentIDString != "" {
		agentID, err = spiffeid.FromString(agentIDString)
		if err != nil {
			return "", status.Errorf(codes.InvalidArgument, "invalid agent ID: %v", err)
		}
	}

	// Generate a token if one wasn't specified
	if token == "" {
		token = uuid.NewString()
	}

	expiry := s.now().Add(time.Second * time.Duration(ttl))

	err = s.ds.CreateJoinToken(ctx, &datastore.JoinToken{
		Token:  token,
		Expiry: expiry,
	})
	if err != nil {
		return "", status.Errorf(codes.Internal, "failed to create token: %v", err)
	}

	if agentIDString != "" {
		err := s.createJoinTokenRegistrationEntry(ctx, token, agentID.String())
		if err != nil {
			return "", status.Errorf(codes.Internal, "failed to create join token registration entry: %v", err)
		}
	}

	return token, nil
}

// createJoinTokenRegistrationEntry reproduces service.go:595 (-> CreateRegistrationEntry :611).
func (s *Service) createJoinTokenRegistrationEntry(ctx context.Context, token string, agentID string) error {
	parentID, err := joinTokenID(s.td, token)
	if err != nil {
		return fmt.Errorf("failed to create join token ID: %w", err)
	}
	entry := &common.RegistrationEntry{
		ParentId: parentID.String(),
		SpiffeId: agentID,
		Selectors: []*common.Selector{
			{Type: "spiffe_id", Value: parentID.String()},
		},
	}
	_, err = s.ds.CreateRegistrationEntry(ctx, entry)
	return err
}

// attestJoinToken reproduces service.go:654 (lookup :657, delete :665).
func (s *Service) attestJoinToken(ctx context.Context, token string) (*AttestResult, error) {
	joinToken, err := s.ds.FetchJoinToken(ctx, token) // safe: the lookup only guards a delete; DeleteJoinToken (withReadModifyWriteTx, SELECT ... FOR UPDATE, RowsAffected == 1) lets one caller consume the token; nothing is inserted
	switch {
	case err != nil:
		return nil, status.Errorf(codes.Internal, "failed to fetch join token: %v", err)
	case joinToken == nil:
		return nil, status.Error(codes.InvalidArgument, "failed to attest: join token does not exist or has already been used")
	}

	err = s.ds.DeleteJoinToken(ctx, token)
	switch {
	case err != nil:
		return nil, status.Errorf(codes.Internal, "failed to delete join token: %v", err)
	case joinToken.Expiry.Before(s.now()):
		return nil, status.Error(codes.InvalidArgument, "join token expired")
	}

	agentID, err := joinTokenID(s.td, token)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to create join token ID: %v", err)
	}

	return &AttestResult{
		AgentID: agentID.String(),
	}, nil
}

// attestChallengeResponse reproduces service.go:683, trimmed (no challenge round trips).
func (s *Service) attestChallengeResponse(ctx context.Context, params *AttestAgentRequest_Params) (*AttestResult, error) {
	nodeAttestor, ok := s.attestors[params.Data.Type]
	if !ok {
		return nil, status.Errorf(codes.FailedPrecondition, "error getting node attestor: could not find node attestor type %q", params.Data.Type)
	}
	result, err := nodeAttestor.Attest(ctx, params.Data.Payload)
	if err != nil {
		return nil, status.Error(status.Code(err), err.Error())
	}
	return result, nil
}

func joinTokenID(td spiffeid.TrustDomain, token string) (spiffeid.ID, error) {
	if token == "" {
		return spiffeid.ID{}, errors.New("token is empty")
	}
	return spiffeid.FromString(td.IDString() + "/spire/agent/join_token/" + token)
}
