package dao

import (
	"context"
	"database/sql"
	"time"

	"example.com/heldout/webook/pkg/egorm"
	"gorm.io/gorm"
)

// OrderDAO reproduces internal/order/internal/repository/dao/order.go:28 (trimmed).
type OrderDAO interface {
	CreateOrder(ctx context.Context, o Order, items []OrderItem) (int64, error)
}

func NewOrderGORMDAO(db *egorm.Component) OrderDAO {
	return &gormOrderDAO{db: db}
}

type gormOrderDAO struct {
	db *egorm.Component
}

// CreateOrder reproduces order.go:91: a plain insert of a new order (sn comes
// from the sequencenumber generator) and its items.
func (g *gormOrderDAO) CreateOrder(ctx context.Context, order Order, items []OrderItem) (int64, error) {
	err := g.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		now := time.Now()
		order.Ctime, order.Utime = now.UnixMilli(), now.UnixMilli()
		if err := tx.Create(&order).Error; err != nil {
			return err
		}
		for i := 0; i < len(items); i++ {
			items[i].OrderId = order.Id
			items[i].Ctime, items[i].Utime = now.UnixMilli(), now.UnixMilli()
		}
		if err := tx.Create(&items).Error; err != nil {
			return err
		}
		return nil
	})
	return order.Id, err
}

// Order reproduces order.go:193 (AutoMigrate in init.go). There is no request
// id column: the create-order request id lives only in Redis.
type Order struct {
	Id               int64          `gorm:"primaryKey;autoIncrement;comment:订单自增ID"`
	SN               string         `gorm:"type:varchar(255);not null;uniqueIndex:uniq_order_sn;comment:订单序列号"`
	BuyerId          int64          `gorm:"not null;index:idx_buyer_id;comment:购买者ID"`
	PaymentId        sql.NullInt64  `gorm:"uniqueIndex:uniq_payment_id;comment:支付自增ID,冗余允许为NULL"`
	PaymentSn        sql.NullString `gorm:"type:varchar(255);uniqueIndex:uniq_payment_sn;comment:支付序列号,冗余允许为NULL"`
	OriginalTotalAmt int64          `gorm:"not null;comment:原始总价;单位为分, 999表示9.99元"`
	RealTotalAmt     int64          `gorm:"not null;comment:实付总价;单位为分, 999表示9.99元"`
	Status           uint8          `gorm:"type:tinyint unsigned;not null;default:1;index:idx_order_status;comment:订单状态 1=未支付 2=处理中 3=支付成功(用户支付完成) 4=支付失败 5=已取消(用户主动取消) 6=已过期(订单超时关闭)"`
	Ctime            int64
	Utime            int64
}

// OrderItem reproduces order.go:206.
type OrderItem struct {
	Id               int64          `gorm:"primaryKey;autoIncrement;comment:订单项自增ID"`
	OrderId          int64          `gorm:"not null;index:idx_order_id;comment:订单自增ID"`
	SPUId            int64          `gorm:"column:spu_id;not null;index:idx_spu_id;comment:SPU自增ID"`
	SPUCategory0     string         `gorm:"column:spu_category0;type:varchar(255);not null;comment:SPU分类0名称, product/code"`
	SPUCategory1     string         `gorm:"column:spu_category1;type:varchar(255);not null;comment:SPU分类1名称, member/project"`
	SKUId            int64          `gorm:"column:sku_id;not null;index:idx_sku_id;comment:SKU自增ID"`
	SKUSN            string         `gorm:"column:sku_sn;type:varchar(255);not null;comment:SKU序列号"`
	SKUImage         string         `gorm:"column:sku_image;type:varchar(512);not null;comment:SKU缩略图,CDN绝对路径"`
	SKUAttrs         sql.NullString `gorm:"column:spu_attrs;comment:商品销售属性,JSON格式"`
	SKUName          string         `gorm:"column:sku_name;type:varchar(255);not null;comment:SKU名称"`
	SKUDescription   string         `gorm:"column:sku_description;not null;comment:SKU描述"`
	SKUOriginalPrice int64          `gorm:"column:sku_original_price;not null;comment:商品原始单价;单位为分, 999表示9.99元"`
	SKURealPrice     int64          `gorm:"column:sku_real_price;not null;comment:商品实付单价;单位为分, 999表示9.99元"`
	Quantity         int64          `gorm:"not null;comment:购买数量"`
	Ctime            int64
	Utime            int64
}
