package dbr

// WalletRecharge reproduces internal/dao/jinzhu/dbr/wallet_recharge.go:9.
type WalletRecharge struct {
	*Model
	UserID      int64  `json:"user_id"`
	Amount      int64  `json:"amount"`
	TradeNo     string `json:"trade_no"`
	TradeStatus string `json:"trade_status"`
}
