package dao

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// PaymentDAO reproduces internal/payment/internal/repository/dao/payment.go:29 (trimmed).
type PaymentDAO interface {
	FindOrCreate(ctx context.Context, pmt Payment, records []PaymentRecord) (Payment, []PaymentRecord, error)
}

type PaymentGORMDAO struct {
	db *gorm.DB
}

func NewPaymentGORMDAO(db *gorm.DB) PaymentDAO {
	return &PaymentGORMDAO{db: db}
}

// FindOrCreate reproduces payment.go:46 (FirstOrCreate :50 and :56, inside one
// REPEATABLE READ transaction that does not serialize them). Its only caller
// chain is POST /order/create -> order web Handler.CreateOrder ->
// createPayment -> payment service.CreatePayment -> repository.CreatePayment,
// which always passes the order the same request has just inserted (fresh
// auto-increment id and fresh SN), so no two callers ever look up the same
// (order_id, order_sn) or the same payment_id. If two callers did share an
// order, the payments insert would fail on uniq_order_id / uniq_order_sn
// (:138-139) and the records insert on unq_idx_payment_id_channel (:150,:153).
func (g *PaymentGORMDAO) FindOrCreate(ctx context.Context, pmt Payment, records []PaymentRecord) (Payment, []PaymentRecord, error) {
	err := g.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		now := time.Now().UnixMilli()
		pmt.Ctime, pmt.Utime = now, now
		if err := tx.FirstOrCreate(&pmt, "order_id = ? AND order_sn = ?", pmt.OrderId, pmt.OrderSn).Error; err != nil { // safe: fresh key, the only caller passes the order its own request just created (id and SN new), so two callers never share (order_id, order_sn)
			return fmt.Errorf("创建支付主记录失败: %w", err)
		}
		for i := 0; i < len(records); i++ {
			records[i].PaymentId = pmt.Id
			records[i].Ctime, records[i].Utime = now, now
			if err := tx.FirstOrCreate(&records[i], "payment_id = ? AND channel = ?", records[i].PaymentId, records[i].Channel).Error; err != nil { // safe: fresh key, payment_id is the payment this transaction just created for a fresh order; a repeated channel in one request is found by the same transaction
				return fmt.Errorf("创建支付渠道记录失败: %w", err)
			}
		}
		return nil
	})
	return pmt, records, err
}

// Payment reproduces payment.go:134 (AutoMigrate in init.go).
type Payment struct {
	Id               int64          `gorm:"primaryKey;autoIncrement;comment:支付自增ID"`
	SN               string         `gorm:"type:varchar(255);not null;uniqueIndex:uniq_payment_sn;comment:支付序列号"`
	PayerId          int64          `gorm:"index:idx_payer_id;comment:支付者ID"`
	OrderId          int64          `gorm:"uniqueIndex:uniq_order_id;comment:订单自增ID,冗余允许为NULL"`
	OrderSn          sql.NullString `gorm:"type:varchar(255);uniqueIndex:uniq_order_sn;comment:订单序列号,冗余允许为NULL"`
	OrderDescription string         `gorm:"type:varchar(255);not null;comment:订单简要描述"`
	TotalAmount      int64          `gorm:"not null;comment:支付总金额, 多种支付方式支付金额的总和"`
	PaidAt           int64          `gorm:"comment:支付时间"`
	Status           uint8          `gorm:"type:tinyint unsigned;not null;default:1;comment:支付状态 1=未支付 2=已支付 3=已失败"`
	Ctime            int64
	Utime            int64
}

// PaymentRecord reproduces payment.go:148.
type PaymentRecord struct {
	Id           int64          `gorm:"primaryKey;autoIncrement;comment:支付记录自增ID"`
	PaymentId    int64          `gorm:"not null;uniqueIndex:unq_idx_payment_id_channel;comment:支付自增ID"`
	PaymentNO3rd sql.NullString `gorm:"column:payment_no_3rd;type:varchar(255);uniqueIndex:uniq_payment_no_3rd;comment:支付单号, 支付渠道的事务ID"`
	Description  string         `gorm:"type:varchar(255);not null;comment:本次支付的简要描述"`
	Channel      uint8          `gorm:"type:tinyint unsigned;not null;default:1;uniqueIndex:unq_idx_payment_id_channel;comment:支付渠道 1=积分, 2=微信"`
	Amount       int64          `gorm:"not null;comment:支付金额"`
	PaidAt       int64          `gorm:"comment:支付时间"`
	Status       uint8          `gorm:"type:tinyint unsigned;not null;default:1;comment:支付状态 1=未支付 2=处理中 3=支付成功 4=支付失败"`
	Ctime        int64
	Utime        int64
}
