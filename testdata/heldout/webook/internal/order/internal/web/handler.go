package web

import (
	"context"
	"fmt"

	"example.com/heldout/webook/internal/order/internal/domain"
	"example.com/heldout/webook/internal/order/internal/service"
	"example.com/heldout/webook/internal/payment"
	"example.com/heldout/webook/internal/pkg/sequencenumber"
	"example.com/heldout/webook/pkg/ecache"
)

// Handler reproduces internal/order/internal/web/handler.go:38 (gin/ginx and
// the session are trimmed: the route POST /order/create, :52, binds
// CreateOrderReq and takes the uid from the session; the product service
// lookups of getDomainOrderItems, :215, which only read SKU/SPU prices, are
// reduced to copying the request).
type Handler struct {
	svc         service.Service
	paymentSvc  payment.Service
	snGenerator *sequencenumber.Generator
	cache       ecache.Cache
}

func NewHandler(svc service.Service, paymentSvc payment.Service, snGenerator *sequencenumber.Generator, cache ecache.Cache) *Handler {
	return &Handler{svc: svc, paymentSvc: paymentSvc, snGenerator: snGenerator, cache: cache}
}

type SKU struct {
	SN       string `json:"sn"`
	Quantity int64  `json:"quantity"`
	Price    int64  `json:"price"`
}

type PaymentItem struct {
	Type   uint8 `json:"type"`
	Amount int64 `json:"amount"`
}

type CreateOrderReq struct {
	RequestID    string        `json:"requestID"`
	SKUs         []SKU         `json:"skus"`
	PaymentItems []PaymentItem `json:"paymentItems"`
}

type Result struct {
	Code int
	Msg  string
	Data any
}

var systemErrorResult = Result{Code: 513001, Msg: "系统错误"}

// CreateOrder 创建订单和支付 — reproduces handler.go:118 (trimmed after the
// payment is created).
func (h *Handler) CreateOrder(ctx context.Context, req CreateOrderReq, uid int64) (Result, error) {

	if err := h.checkRequestID(ctx, req.RequestID); err != nil {
		return systemErrorResult, fmt.Errorf("请求ID错误: %w", err)
	}

	order, err := h.createOrder(ctx, req.SKUs, uid)
	if err != nil {
		return systemErrorResult, fmt.Errorf("创建订单失败: %w, uid: %d", err, uid)
	}

	p, err := h.createPayment(ctx, order, req.PaymentItems)
	if err != nil {
		return systemErrorResult, fmt.Errorf("创建支付失败: %w", err)
	}
	return Result{Data: p.SN}, nil
}

// checkRequestID reproduces handler.go:173 (lookup :179, mark :185). It is the
// only guard against a repeated create-order request (double submit, client
// retry): GET the Redis key, and on a miss SET it and go on to insert an order
// (CreateOrder -> createOrder). GET and SET are separate commands (SETNX
// exists in ecache and is not used), so two requests carrying the same request
// id both see KeyNotFound and both create an order (and a payment), where one
// after the other the second is refused as 重复请求. orders has no request-id
// column; each order gets a fresh SN.
func (h *Handler) checkRequestID(ctx context.Context, requestID string) error {
	if requestID == "" {
		return fmt.Errorf("请求ID为空")
	}

	key := h.createOrderRequestKey(requestID)
	val := h.cache.Get(ctx, key) // race; no unique key: the request id is only a Redis key read with GET and written with a separate SET; orders has no request-id column (each order gets a fresh SN)
	if !val.KeyNotFound() {
		return fmt.Errorf("重复请求")
	}
	// TODO: 这里有一个隐患，就是如果要是最终并没有创建 ORDER 成功，
	//       这会要求用户必须重新创建一个订单
	if err := h.cache.Set(ctx, key, requestID, 0); err != nil {
		return fmt.Errorf("缓存请求ID失败: %w", err)
	}
	return nil
}

func (h *Handler) createOrderRequestKey(requestID string) string {
	return fmt.Sprintf("order:create:%s", requestID)
}

// createOrder reproduces handler.go:195.
func (h *Handler) createOrder(ctx context.Context, skus []SKU, buyerID int64) (domain.Order, error) {
	orderItems, originalTotalAmt, realTotalAmt, err := h.getDomainOrderItems(ctx, skus)
	if err != nil {
		return domain.Order{}, err
	}

	orderSN, err := h.snGenerator.Generate(buyerID)
	if err != nil {
		return domain.Order{}, fmt.Errorf("生成订单序列号失败")
	}

	return h.svc.CreateOrder(ctx, domain.Order{
		SN:               orderSN,
		BuyerID:          buyerID,
		OriginalTotalAmt: originalTotalAmt,
		RealTotalAmt:     realTotalAmt,
		Items:            orderItems,
	})
}

// getDomainOrderItems reproduces handler.go:215 without the product lookups.
func (h *Handler) getDomainOrderItems(_ context.Context, skus []SKU) ([]domain.OrderItem, int64, int64, error) {
	if len(skus) == 0 {
		return nil, 0, 0, fmt.Errorf("商品信息非法")
	}
	orderItems := make([]domain.OrderItem, 0, len(skus))
	originalTotalAmt, realTotalAmt := int64(0), int64(0)
	for _, sku := range skus {
		item := domain.OrderItem{
			SKU: domain.SKU{
				SN:            sku.SN,
				OriginalPrice: sku.Price,
				RealPrice:     sku.Price,
				Quantity:      sku.Quantity,
			},
		}
		originalTotalAmt += item.SKU.OriginalPrice * sku.Quantity
		realTotalAmt += item.SKU.RealPrice * sku.Quantity
		orderItems = append(orderItems, item)
	}
	return orderItems, originalTotalAmt, realTotalAmt, nil
}

// createPayment reproduces handler.go:261: the payment is keyed on the order
// just created above (see payment dao FindOrCreate).
func (h *Handler) createPayment(ctx context.Context, order domain.Order, paymentChannels []PaymentItem) (payment.Payment, error) {
	// TODO: 针对订单生成更精确的订单描述信息
	orderDescription := "面窝吧"
	records := make([]payment.Record, 0, len(paymentChannels))
	realTotalAmt := int64(0)
	channelsSet := map[payment.ChannelType]struct{}{
		payment.ChannelTypeCredit:   {},
		payment.ChannelTypeWechat:   {},
		payment.ChannelTypeWechatJS: {},
	}
	for _, pc := range paymentChannels {
		if _, ok := channelsSet[payment.ChannelType(pc.Type)]; !ok {
			return payment.Payment{}, fmt.Errorf("支付渠道非法")
		}
		records = append(records, payment.Record{
			Amount:  pc.Amount,
			Channel: payment.ChannelType(pc.Type),
		})
		realTotalAmt += pc.Amount
	}
	if realTotalAmt != order.RealTotalAmt {
		return payment.Payment{}, fmt.Errorf("支付信息错误：金额不匹配")
	}
	return h.paymentSvc.CreatePayment(ctx, payment.Payment{
		OrderID:          order.ID,
		OrderSN:          order.SN,
		PayerID:          order.BuyerID,
		OrderDescription: orderDescription,
		TotalAmount:      order.RealTotalAmt,
		Records:          records,
	})
}
