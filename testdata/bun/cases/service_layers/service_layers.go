// Services over a DAO (paralus's pkg/service over internal/dao): the
// service converts the DAO's rows to types of its own, stamps records
// before it hands them on, looks rows up one way or another by branch,
// and checks names in a validator that runs only when there is a name.
package service_layers

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/uptrace/bun"
)

type Agent struct {
	bun.BaseModel `bun:"table:agents"`
	ID            int64     `bun:"id,pk,autoincrement"`
	Token         string    `bun:"token,unique"`
	Name          string    `bun:"name"`
	CreatedAt     time.Time `bun:"created_at"`
}

type Setting struct {
	bun.BaseModel `bun:"table:settings"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Org           string `bun:"org,unique:org_account"`
	Account       string `bun:"account,unique:org_account"`
	Value         string `bun:"value"`
}

type Project struct {
	bun.BaseModel `bun:"table:projects"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Ident         string `bun:"ident,unique"`
	Title         string `bun:"title"`
}

// AgentView is what the service answers with: not the row.
type AgentView struct {
	Name  string
	Token string
}

var ErrIdentTaken = errors.New("identifier taken")

// getAgentByToken is the DAO's lookup.
func getAgentByToken(ctx context.Context, db bun.IDB, token string) (*Agent, error) {
	var a Agent
	err := db.NewSelect().Model(&a).Where("token = ?", token).Scan(ctx)
	return &a, err
}

// createAgent is the DAO's insert.
func createAgent(ctx context.Context, db bun.IDB, a *Agent) error {
	_, err := db.NewInsert().Model(a).Exec(ctx)
	return err
}

func toView(a *Agent) *AgentView { return &AgentView{Name: a.Name, Token: a.Token} }

func fromView(v *AgentView) *Agent { return &Agent{Name: v.Name, Token: v.Token} }

type Service struct{ db *bun.DB }

// AgentForToken converts the row it found.
func (s *Service) AgentForToken(ctx context.Context, token string) (*AgentView, error) {
	a, err := getAgentByToken(ctx, s.db, token)
	if err != nil {
		return nil, err
	}
	return toView(a), nil
}

// CreateAgentView converts the view back and inserts it.
func (s *Service) CreateAgentView(ctx context.Context, v *AgentView) error {
	a := fromView(v)
	a.CreatedAt = time.Now()
	return createAgent(ctx, s.db, a)
}

// CreateAgent stamps the record it is given and hands it on.
func (s *Service) CreateAgent(ctx context.Context, a *Agent) error {
	a.CreatedAt = time.Now()
	return createAgent(ctx, s.db, a)
}

// Register looks the agent up through the converting service and creates
// it through the converting create: the record is built where the caller
// cannot see it.
func (s *Service) Register(ctx context.Context, token, name string) (*AgentView, error) {
	v, err := s.AgentForToken(ctx, token)
	if err == sql.ErrNoRows {
		v = &AgentView{Name: name, Token: token}
		if err := s.CreateAgentView(ctx, v); err != nil {
			return nil, err
		}
		return v, nil
	}
	return v, err
}

// Enroll creates through the stamping create, which inserts the record
// the caller passes: fixable.
func (s *Service) Enroll(ctx context.Context, token string) (int64, error) {
	a, err := getAgentByToken(ctx, s.db, token)
	if errors.Is(err, sql.ErrNoRows) {
		a = &Agent{Token: token, Name: "new"}
		if err := s.CreateAgent(ctx, a); err != nil {
			return 0, err
		}
		return a.ID, nil
	}
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}

// getSetting looks up by account when there is one, by org alone when
// not: the key depends on the branch.
func getSetting(ctx context.Context, db bun.IDB, org, account string) (*Setting, error) {
	var st Setting
	var err error
	if account != "" {
		err = db.NewSelect().Model(&st).Where("org = ?", org).Where("account = ?", account).Scan(ctx)
	} else {
		err = db.NewSelect().Model(&st).Where("org = ?", org).Scan(ctx)
	}
	return &st, err
}

// getSettingEither looks up by the same key either way (a different
// handle per branch): one lookup.
func getSettingEither(ctx context.Context, db, replica bun.IDB, org, account string, fresh bool) (*Setting, error) {
	var st Setting
	var err error
	if fresh {
		err = db.NewSelect().Model(&st).Where("org = ?", org).Where("account = ?", account).Scan(ctx)
	} else {
		err = replica.NewSelect().Model(&st).Where("org = ?", org).Where("account = ?", account).Scan(ctx)
	}
	return &st, err
}

// SaveSetting cannot be fixed: its lookup's key is not one set of
// columns.
func (s *Service) SaveSetting(ctx context.Context, org, account, value string) error {
	_, err := getSetting(ctx, s.db, org, account)
	if err == sql.ErrNoRows {
		_, err = s.db.NewInsert().Model(&Setting{Org: org, Account: account, Value: value}).Exec(ctx)
	}
	return err
}

// EnsureSetting looks up by (org, account) in both branches.
func (s *Service) EnsureSetting(ctx context.Context, org, account string) error {
	_, err := getSettingEither(ctx, s.db, s.db, org, account, true)
	if err == sql.ErrNoRows {
		_, err = s.db.NewInsert().Model(&Setting{Org: org, Account: account, Value: "default"}).Exec(ctx)
	}
	return err
}

// checkIdent answers ErrIdentTaken when the identifier is in use; with
// no identifier there is nothing to check.
func checkIdent(ctx context.Context, db bun.IDB, ident string) error {
	if ident != "" {
		exists, err := db.NewSelect().Model((*Project)(nil)).Where("ident = ?", ident).Exists(ctx)
		if err != nil {
			return err
		}
		if exists {
			return ErrIdentTaken
		}
	}
	return nil
}

// normalizeIdent upper-cases the identifier it checks, in the record.
func normalizeIdent(ctx context.Context, db bun.IDB, p *Project) error {
	p.Ident = strings.ToUpper(p.Ident)
	if p.Ident != "" {
		exists, err := db.NewSelect().Model((*Project)(nil)).Where("ident = ?", p.Ident).Exists(ctx)
		if err != nil {
			return err
		}
		if exists {
			return ErrIdentTaken
		}
	}
	return nil
}

// CreateProject checks the identifier, then inserts: the loser must get
// ErrIdentTaken as it would have run second.
func CreateProject(ctx context.Context, db *bun.DB, ident string) (*Project, error) {
	if err := checkIdent(ctx, db, ident); err != nil {
		return nil, err
	}
	p := &Project{Ident: ident, Title: "t"}
	if _, err := db.NewInsert().Model(p).Exec(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

// CreateNormalized checks through a validator that writes the record.
func CreateNormalized(ctx context.Context, db *bun.DB, ident string) (*Project, error) {
	p := &Project{Ident: ident, Title: "n"}
	if err := normalizeIdent(ctx, db, p); err != nil {
		return nil, err
	}
	if _, err := db.NewInsert().Model(p).Exec(ctx); err != nil {
		return nil, err
	}
	return p, nil
}

type Member struct {
	bun.BaseModel `bun:"table:members"`
	ID            int64  `bun:"id,pk,autoincrement"`
	AgentToken    string `bun:"agent_token"`
}

// createAgentWithMember inserts the agent and its first member in one
// transaction: when either insert fails, RunInTx rolls both back.
func createAgentWithMember(ctx context.Context, db *bun.DB, a *Agent) error {
	return db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(a).Exec(ctx); err != nil {
			return err
		}
		_, err := tx.NewInsert().Model(&Member{AgentToken: a.Token}).Exec(ctx)
		return err
	})
}

// createAgentThenMember inserts them apart: a failed member insert
// leaves the agent.
func createAgentThenMember(ctx context.Context, db *bun.DB, a *Agent) error {
	if _, err := db.NewInsert().Model(a).Exec(ctx); err != nil {
		return err
	}
	_, err := db.NewInsert().Model(&Member{AgentToken: a.Token}).Exec(ctx)
	return err
}

// Adopt creates the agent and its member, all or nothing: fixable.
func Adopt(ctx context.Context, db *bun.DB, token string) (int64, error) {
	a, err := getAgentByToken(ctx, db, token)
	if errors.Is(err, sql.ErrNoRows) {
		a = &Agent{Token: token, Name: "adopted"}
		err = createAgentWithMember(ctx, db, a)
	}
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}

// AdoptApart cannot be fixed: its create may leave the agent alone.
func AdoptApart(ctx context.Context, db *bun.DB, token string) (int64, error) {
	a, err := getAgentByToken(ctx, db, token)
	if errors.Is(err, sql.ErrNoRows) {
		a = &Agent{Token: token, Name: "adopted"}
		err = createAgentThenMember(ctx, db, a)
	}
	if err != nil {
		return 0, err
	}
	return a.ID, nil
}
