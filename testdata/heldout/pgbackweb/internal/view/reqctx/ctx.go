package reqctx

import (
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/pkg/echo"
	"github.com/google/uuid"
)

// Ctx is the request context (trimmed).
type Ctx struct {
	IsAuthed  bool
	SessionID uuid.UUID
	User      dbgen.User
}

// GetCtx returns the request context (trimmed: upstream reads it from c.Get).
func GetCtx(c echo.Context) Ctx {
	return Ctx{}
}
