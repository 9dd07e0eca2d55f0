package auth

import (
	"context"
	"database/sql"
	"io"
	"net/http"
	"net/url"

	"github.com/google/uuid"
	"github.com/pkg/errors"

	"example.com/heldout/goalert/config"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/user"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/util/log"
	"example.com/heldout/goalert/util/sqlutil"
	"example.com/heldout/goalert/validation/validate"
)

type userStore = user.Store

// Handler reproduces auth/handler.go:47 (only the statements used by the
// login path).
type Handler struct {
	providers map[string]IdentityProvider
	cfg       HandlerConfig

	db         *sql.DB
	userLookup *sql.Stmt
	addSubject *sql.Stmt
	updateUser *sql.Stmt

	startSession *sql.Stmt
}

// NewHandler reproduces auth/handler.go:67 (statement texts verbatim).
func NewHandler(ctx context.Context, db *sql.DB, cfg HandlerConfig) (*Handler, error) {
	p := &util.Prepare{
		DB:  db,
		Ctx: ctx,
	}

	h := &Handler{
		providers: make(map[string]IdentityProvider),
		db:        db,

		cfg: cfg,

		updateUser: p.P(`
			update users
			set
				name = case when $2 = '' then name else $2 end,
				email = case when $3 = '' then email else $3 end
			where id = $1
		`),

		userLookup: p.P(`
			select user_id
			from auth_subjects
			where
				provider_id = $1 and
				subject_id = $2
		`),
		addSubject: p.P(`
			insert into auth_subjects (provider_id, subject_id, user_id)
			values ($1, $2, $3)
		`),
		startSession: p.P(`
			insert into auth_user_sessions (id, user_agent, user_id)
			values ($1, $2, $3)
		`),
	}

	return h, p.Err
}

// canCreateUser reproduces auth/handler.go:375.
func (h *Handler) canCreateUser(ctx context.Context, providerID string) bool {
	cfg := config.FromContext(ctx)
	switch providerID {
	case "oidc":
		return cfg.OIDC.NewUsers
	case "github":
		return cfg.GitHub.NewUsers
	}

	return false
}

// handleProvider reproduces auth/handler.go:387: the OIDC / GitHub login
// callback (GET /api/v2/identity/providers/{oidc,github}/..., routed by
// IdentityProviderHandler :287). The auth subject (provider_id, subject_id)
// is looked up (:441); when it is missing, a new user is inserted (:474) and
// the subject is linked to it with a plain INSERT (:480), in a transaction
// that takes no lock. Two first logins of the same identity completed at
// once (two tabs or devices, each with its own nonce; a replayed callback is
// rejected earlier by the nonce store) both miss the lookup; the second INSERT into auth_subjects then fails on the primary key
// auth_subjects_pkey (provider_id, subject_id) (migrate/schema.sql:1739,1744)
// and that login fails, while run one after the other the second login
// takes the found path and succeeds.
func (h *Handler) handleProvider(id string, p IdentityProvider, refU *url.URL, w http.ResponseWriter, req *http.Request) {
	ctx := req.Context()

	var route RouteInfo
	sub, err := p.ExtractIdentity(&route, w, req)
	noRedirect := req.FormValue("noRedirect") == "1"

	errRedirect := func(err error) {
		q := refU.Query()
		log.Log(ctx, err)
		q.Set("login_error", err.Error())
		refU.RawQuery = q.Encode()
		if noRedirect {
			w.WriteHeader(500)
			_, _ = io.WriteString(w, err.Error())
			return
		}
		http.Redirect(w, req, refU.String(), http.StatusFound)
	}

	if err != nil {
		errRedirect(err)
		return
	}

	var userID string
	// R1: auth subject lookup by (provider_id, subject_id); not-found -> InsertTx + addSubject below.
	err = h.userLookup.QueryRowContext(ctx, id, sub.SubjectID).Scan(&userID) // race
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	if err != nil {
		errRedirect(err)
		return
	}

	var newUser bool
	if userID == "" {
		newUser = true

		if !h.canCreateUser(ctx, id) {
			errRedirect(errors.New("New users are not allowed right now, but you can try again later."))
			return
		}

		// create user
		tx, err := h.db.BeginTx(ctx, nil)
		if err != nil {
			errRedirect(err)
			return
		}
		defer sqlutil.Rollback(ctx, "auth: create user", tx)

		u := &user.User{
			Role:  permission.RoleUser,
			Name:  validate.SanitizeName(sub.Name),
			Email: validate.SanitizeEmail(sub.Email),
		}
		permission.SudoContext(ctx, func(ctx context.Context) {
			u, err = h.cfg.UserStore.InsertTx(ctx, tx, u)
		})
		if err != nil {
			errRedirect(err)
			return
		}
		_, err = tx.Stmt(h.addSubject).ExecContext(ctx, id, sub.SubjectID, u.ID)
		userID = u.ID
		if err != nil {
			errRedirect(err)
			return
		}
		err = tx.Commit()
		if err != nil {
			errRedirect(err)
			return
		}
	} else {
		_, err = h.updateUser.ExecContext(ctx, userID, validate.SanitizeName(sub.Name),
			validate.SanitizeEmail(sub.Email))
		if err != nil {
			log.Log(ctx, errors.Wrap(err, "update user info"))
		}
	}

	_, err = h.CreateSession(ctx, req.UserAgent(), userID)
	if err != nil {
		errRedirect(err)
		return
	}

	if newUser {
		q := refU.Query()
		q.Set("isFirstLogin", "1")
		refU.RawQuery = q.Encode()
	}

	http.Redirect(w, req, refU.String(), http.StatusFound)
}

// CreateSession reproduces auth/handler.go:527 (token signing trimmed): the
// session row is keyed on a fresh uuid.New().
func (h *Handler) CreateSession(ctx context.Context, userAgent, userID string) (uuid.UUID, error) {
	id := uuid.New()
	_, err := h.startSession.ExecContext(ctx, id.String(), userAgent, userID)
	if err != nil {
		return uuid.Nil, err
	}

	return id, nil
}
