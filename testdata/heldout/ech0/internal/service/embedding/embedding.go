// Package service reproduces internal/service/embedding/embedding.go
// (IndexEcho).
package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	echoModel "example.com/heldout/ech0/internal/model/echo"
	model "example.com/heldout/ech0/internal/model/embedding"
)

// Repository is internal/service/embedding/ports.go (reduced).
type Repository interface {
	Upsert(ctx context.Context, meta *model.EchoEmbedding, vector []float32) error
	GetMeta(ctx context.Context, echoID string) (*model.EchoEmbedding, bool, error)
}

// Embedder computes a vector for a text.
type Embedder interface {
	EmbedOne(ctx context.Context, modelName string, text string) ([]float32, error)
}

// EmbeddingService is internal/service/embedding/embedding.go (reduced).
type EmbeddingService struct {
	repo     Repository
	embedder Embedder
	model    string
	dim      int
}

// NewEmbeddingService builds the service.
func NewEmbeddingService(repo Repository, embedder Embedder, modelName string, dim int) *EmbeddingService {
	return &EmbeddingService{repo: repo, embedder: embedder, model: modelName, dim: dim}
}

func hashContent(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// IndexEcho is internal/service/embedding/embedding.go:110 (setting lookup
// and ensureReady reduced). Called by the embedding event subscriber
// (internal/event/subscriber/embedding.go:28,32) on EchoCreated/EchoUpdated.
func (s *EmbeddingService) IndexEcho(ctx context.Context, echo echoModel.Echo) error {
	text := strings.TrimSpace(echo.Content)
	if text == "" {
		return nil
	}

	hash := hashContent(text)
	if meta, ok, _ := s.repo.GetMeta(ctx, echo.ID); ok && // safe: the write is EmbeddingRepository.Upsert, INSERT ... ON CONFLICT (echo_id) DO UPDATE (repository/embedding/embedding.go:71); the lookup only skips unchanged content
		meta.ContentHash == hash && meta.Model == s.model && meta.Dim == s.dim {
		return nil
	}

	vec, err := s.embedder.EmbedOne(ctx, s.model, text)
	if err != nil {
		return err
	}

	return s.repo.Upsert(ctx, &model.EchoEmbedding{
		EchoID:      echo.ID,
		ContentHash: hash,
		Model:       s.model,
		Dim:         s.dim,
		Content:     echo.Content,
		Username:    echo.Username,
		EchoCreated: echo.CreatedAt,
	}, vec)
}
