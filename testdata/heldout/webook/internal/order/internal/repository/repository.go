package repository

import (
	"context"

	"example.com/heldout/webook/internal/order/internal/domain"
	"example.com/heldout/webook/internal/order/internal/repository/dao"
	"example.com/heldout/webook/pkg/ekit/sqlx"
)

// OrderRepository reproduces internal/order/internal/repository/repository.go:29 (trimmed).
type OrderRepository interface {
	CreateOrder(ctx context.Context, order domain.Order) (domain.Order, error)
}

func NewRepository(d dao.OrderDAO) OrderRepository {
	return &orderRepository{
		dao: d,
	}
}

type orderRepository struct {
	dao dao.OrderDAO
}

// CreateOrder reproduces repository.go:86.
func (o *orderRepository) CreateOrder(ctx context.Context, order domain.Order) (domain.Order, error) {
	oid, err := o.dao.CreateOrder(ctx, o.toOrderEntity(order), o.toOrderItemEntities(order.Items))
	if err != nil {
		return domain.Order{}, err
	}
	order.ID = oid
	return order, nil
}

func (o *orderRepository) toOrderEntity(order domain.Order) dao.Order {
	return dao.Order{
		Id:               order.ID,
		SN:               order.SN,
		BuyerId:          order.BuyerID,
		PaymentId:        sqlx.NewNullInt64(order.Payment.ID),
		PaymentSn:        sqlx.NewNullString(order.Payment.SN),
		OriginalTotalAmt: order.OriginalTotalAmt,
		RealTotalAmt:     order.RealTotalAmt,
		Status:           order.Status.ToUint8(),
	}
}

func (o *orderRepository) toOrderItemEntities(orderItems []domain.OrderItem) []dao.OrderItem {
	res := make([]dao.OrderItem, 0, len(orderItems))
	for _, src := range orderItems {
		res = append(res, dao.OrderItem{
			SPUId:            src.SPU.ID,
			SPUCategory0:     src.SPU.Category0,
			SPUCategory1:     src.SPU.Category1,
			SKUId:            src.SKU.ID,
			SKUSN:            src.SKU.SN,
			SKUImage:         src.SKU.Image,
			SKUAttrs:         sqlx.NewNullString(src.SKU.Attrs),
			SKUName:          src.SKU.Name,
			SKUDescription:   src.SKU.Description,
			SKUOriginalPrice: src.SKU.OriginalPrice,
			SKURealPrice:     src.SKU.RealPrice,
			Quantity:         src.SKU.Quantity,
		})
	}
	return res
}
