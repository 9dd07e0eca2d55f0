package dbr

// WalletStatement reproduces internal/dao/jinzhu/dbr/wallet_statement.go:9.
type WalletStatement struct {
	*Model
	UserID          int64  `json:"user_id"`
	ChangeAmount    int64  `json:"change_amount"`
	BalanceSnapshot int64  `json:"balance_snapshot"`
	Reason          string `json:"reason"`
	PostID          int64  `json:"post_id"`
}
