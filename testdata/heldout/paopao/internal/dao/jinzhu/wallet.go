package jinzhu

import (
	"example.com/heldout/paopao/internal/conf"
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/core/ms"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"gorm.io/gorm"
)

// walletSrv reproduces internal/dao/jinzhu/wallet.go:15.
type walletSrv struct {
	db *gorm.DB
}

// newWalletService reproduces internal/dao/jinzhu/wallet.go:19.
func newWalletService(db *gorm.DB) core.WalletService {
	return &walletSrv{
		db: db,
	}
}

// HandleRechargeSuccess reproduces internal/dao/jinzhu/wallet.go:61.
func (s *walletSrv) HandleRechargeSuccess(recharge *ms.WalletRecharge, tradeNo string) error {
	// safe: create of another model (the lookup reads the recharging User; the insert is a WalletStatement, and the recharge row is only updated)
	user, _ := (&dbr.User{
		Model: &dbr.Model{
			ID: recharge.UserID,
		},
	}).Get(s.db)

	return s.db.Transaction(func(tx *gorm.DB) error {
		// 扣除金额
		if err := tx.Model(user).Update("balance", gorm.Expr("balance + ?", recharge.Amount)).Error; err != nil {
			// 返回任何错误都会回滚事务
			return err
		}

		// 新增账单
		if err := tx.Create(&dbr.WalletStatement{
			UserID:          user.ID,
			ChangeAmount:    recharge.Amount,
			BalanceSnapshot: user.Balance + recharge.Amount,
			Reason:          "用户充值",
		}).Error; err != nil {
			return err
		}

		// 标记为已付款
		if err := tx.Model(recharge).Updates(map[string]any{
			"trade_no":     tradeNo,
			"trade_status": "TRADE_SUCCESS",
		}).Error; err != nil {
			return err
		}

		// 返回 nil 提交事务
		return nil
	})
}

// HandlePostAttachmentBought reproduces internal/dao/jinzhu/wallet.go:98.
func (s *walletSrv) HandlePostAttachmentBought(post *ms.Post, user *ms.User) error {
	return s.db.Transaction(func(tx *gorm.DB) error {
		// 扣除金额
		if err := tx.Model(user).Update("balance", gorm.Expr("balance - ?", post.AttachmentPrice)).Error; err != nil {
			// 返回任何错误都会回滚事务
			return err
		}

		// 新增账单
		if err := tx.Create(&dbr.WalletStatement{
			PostID:          post.ID,
			UserID:          user.ID,
			ChangeAmount:    -post.AttachmentPrice,
			BalanceSnapshot: user.Balance - post.AttachmentPrice,
			Reason:          "购买附件支出",
		}).Error; err != nil {
			return err
		}

		// 新增附件购买记录
		if err := tx.Create(&dbr.PostAttachmentBill{
			PostID:     post.ID,
			UserID:     user.ID,
			PaidAmount: post.AttachmentPrice,
		}).Error; err != nil {
			return err
		}

		// 对附件主新增账单
		income := int64(float64(post.AttachmentPrice) * conf.AppSetting.AttachmentIncomeRate)
		if income > 0 {
			master := &dbr.User{
				Model: &dbr.Model{
					ID: post.UserID,
				},
			}
			master, _ = master.Get(s.db)

			if err := tx.Model(master).Update("balance", gorm.Expr("balance + ?", income)).Error; err != nil {
				// 返回任何错误都会回滚事务
				return err
			}

			// 新增账单
			if err := tx.Create(&dbr.WalletStatement{
				PostID:          post.ID,
				UserID:          master.ID,
				ChangeAmount:    income,
				BalanceSnapshot: master.Balance + income,
				Reason:          "出售附件收入",
			}).Error; err != nil {
				return err
			}
		}

		// 返回 nil 提交事务
		return nil
	})
}
