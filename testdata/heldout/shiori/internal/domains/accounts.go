package domains

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/shiori/internal/database"
	"example.com/heldout/shiori/internal/dependencies"
	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/third_party/bcrypt"
)

// AccountsDomain reproduces internal/domains/accounts.go:14.
type AccountsDomain struct {
	deps *dependencies.Dependencies
}

// ListAccounts reproduces internal/domains/accounts.go:18.
func (d *AccountsDomain) ListAccounts(ctx context.Context) ([]model.AccountDTO, error) {
	accounts, err := d.deps.Database().ListAccounts(ctx, model.DBListAccountsOptions{})
	if err != nil {
		return nil, fmt.Errorf("error getting accounts: %v", err)
	}

	accountDTOs := []model.AccountDTO{}
	for _, account := range accounts {
		accountDTOs = append(accountDTOs, account.ToDTO())
	}

	return accountDTOs, nil
}

// CreateAccount reproduces internal/domains/accounts.go:50. The username check
// and the insert are both inside Database().CreateAccount (pg.go:638, sqlite.go:813);
// only database.ErrAlreadyExists (the check's answer) becomes model.ErrAlreadyExists.
func (d *AccountsDomain) CreateAccount(ctx context.Context, account model.AccountDTO) (*model.AccountDTO, error) {
	if err := account.IsValidCreate(); err != nil {
		return nil, err
	}

	hashedPassword, err := bcrypt.GenerateFromPassword([]byte(account.Password), bcrypt.DefaultCost)
	if err != nil {
		return nil, fmt.Errorf("error hashing provided password: %w", err)
	}

	acc := model.Account{
		Username: account.Username,
		Password: string(hashedPassword),
	}
	if account.Owner != nil {
		acc.Owner = *account.Owner
	}
	if account.Config != nil {
		acc.Config = *account.Config
	}

	storedAccount, err := d.deps.Database().CreateAccount(ctx, acc)
	if errors.Is(err, database.ErrAlreadyExists) {
		return nil, model.ErrAlreadyExists
	}

	if err != nil {
		return nil, fmt.Errorf("error creating account: %v", err)
	}

	result := storedAccount.ToDTO()

	return &result, nil
}

// NewAccountsDomain reproduces internal/domains/accounts.go:154.
func NewAccountsDomain(deps *dependencies.Dependencies) model.AccountsDomain {
	return &AccountsDomain{
		deps: deps,
	}
}
