package router

import (
	"fmt"
	"time"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"

	"github.com/google/uuid"
)

// EnsureAssistantChat returns a chat the caller may use, creating one if needed:
//
//   - empty chatID                    → allocate fresh UUID, create
//   - existing + owned by userID      → return as-is
//   - existing + owned by other user  → warn, allocate fresh UUID, create
//   - unknown chatID                  → create with the supplied chatID
//
// page is used only when creating a new chat.
//
// EnsureAssistantChat reproduces center/router/router_ai_assistant_internal.go:82
// (lookup :84 -> models AssistantChatGet, insert :105 -> AssistantChatSet).
// Caller: the A2A executor (aiagent/a2a/executor.go:116, via a2aBackend
// router_a2a.go:58) with the client's ContextID as chatID, once per incoming
// A2A message: two messages of a new context sent at once both miss.
func (rt *Router) EnsureAssistantChat(userID int64, chatID string, page models.AssistantPageInfo) (*models.AssistantChat, error) {
	if chatID != "" {
		existing, err := models.AssistantChatGet(rt.Ctx, chatID) // race
		if err != nil {
			return nil, err
		}
		if existing != nil && existing.UserID == userID {
			return existing, nil
		}
		if existing != nil {
			// Audit trail for buggy clients or probing; fall through to allocate.
			logger.Warningf("[Assistant] user=%d supplied chatID=%s owned by user=%d; allocating new", userID, chatID, existing.UserID)
		} else {
			// Adopt the supplied ID so A2A/MCP can reuse their SDK-generated
			// ContextID as chat_id across turns instead of forking a new row.
			chat := models.AssistantChat{
				ChatID:     chatID,
				Title:      "New Chat",
				LastUpdate: time.Now().Unix(),
				PageFrom:   page,
				UserID:     userID,
				IsNew:      true,
			}
			if err := models.AssistantChatSet(rt.Ctx, chat); err != nil {
				return nil, fmt.Errorf("create assistant chat with supplied id: %w", err)
			}
			return &chat, nil
		}
	}

	chatID = uuid.New().String()
	chat := models.AssistantChat{
		ChatID:     chatID,
		Title:      "New Chat",
		LastUpdate: time.Now().Unix(),
		PageFrom:   page,
		UserID:     userID,
		IsNew:      true,
	}
	if err := models.AssistantChatSet(rt.Ctx, chat); err != nil {
		return nil, fmt.Errorf("create assistant chat: %w", err)
	}
	return &chat, nil
}
