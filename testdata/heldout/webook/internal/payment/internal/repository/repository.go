package repository

import (
	"context"
	"database/sql"

	"example.com/heldout/webook/internal/payment/internal/domain"
	"example.com/heldout/webook/internal/payment/internal/repository/dao"
)

// PaymentRepository reproduces internal/payment/internal/repository/repository.go (trimmed).
type PaymentRepository interface {
	CreatePayment(ctx context.Context, payment domain.Payment) (domain.Payment, error)
}

type paymentRepository struct {
	dao dao.PaymentDAO
}

func NewPaymentRepository(d dao.PaymentDAO) PaymentRepository {
	return &paymentRepository{dao: d}
}

// CreatePayment reproduces repository.go:45.
func (p *paymentRepository) CreatePayment(ctx context.Context, pmt domain.Payment) (domain.Payment, error) {
	pp, records := p.toEntity(pmt)
	daoPmt, daoRecords, err := p.dao.FindOrCreate(ctx, pp, records)
	if err != nil {
		return domain.Payment{}, err
	}
	return p.toDomain(daoPmt, daoRecords), nil
}

func (p *paymentRepository) toEntity(pmt domain.Payment) (dao.Payment, []dao.PaymentRecord) {
	pp := dao.Payment{
		Id:               pmt.ID,
		SN:               pmt.SN,
		OrderId:          pmt.OrderID,
		OrderSn:          sql.NullString{String: pmt.OrderSN, Valid: pmt.OrderSN != ""},
		PayerId:          pmt.PayerID,
		OrderDescription: pmt.OrderDescription,
		TotalAmount:      pmt.TotalAmount,
		PaidAt:           pmt.PaidAt,
		Status:           pmt.Status.ToUint8(),
	}
	records := make([]dao.PaymentRecord, 0, len(pmt.Records))
	for _, src := range pmt.Records {
		records = append(records, dao.PaymentRecord{
			PaymentId:    src.PaymentID,
			PaymentNO3rd: sql.NullString{String: src.PaymentNO3rd, Valid: src.PaymentNO3rd != ""},
			Description:  src.Description,
			Channel:      src.Channel.ToUnit8(),
			Amount:       src.Amount,
			PaidAt:       src.PaidAt,
			Status:       src.Status.ToUint8(),
		})
	}
	return pp, records
}

func (p *paymentRepository) toDomain(pmt dao.Payment, records []dao.PaymentRecord) domain.Payment {
	rs := make([]domain.PaymentRecord, 0, len(records))
	for _, r := range records {
		rs = append(rs, domain.PaymentRecord{
			PaymentID:    r.PaymentId,
			PaymentNO3rd: r.PaymentNO3rd.String,
			Description:  r.Description,
			Channel:      domain.ChannelType(r.Channel),
			Amount:       r.Amount,
			PaidAt:       r.PaidAt,
			Status:       domain.PaymentStatus(r.Status),
		})
	}
	return domain.Payment{
		ID:               pmt.Id,
		SN:               pmt.SN,
		PayerID:          pmt.PayerId,
		OrderID:          pmt.OrderId,
		OrderSN:          pmt.OrderSn.String,
		OrderDescription: pmt.OrderDescription,
		TotalAmount:      pmt.TotalAmount,
		PaidAt:           pmt.PaidAt,
		Status:           domain.PaymentStatus(pmt.Status),
		Records:          rs,
		Ctime:            pmt.Ctime,
	}
}
