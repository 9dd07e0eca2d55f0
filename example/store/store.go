// Package store is the bundled example for upsertfix: a small shop backend
// with the get-or-create code that Go services write every day. Run
//
//	go run github.com/upsertfix/upsertfix/cmd/upsertfix -C example -diff ./...
//
// from the repository root to see what upsertfix finds and how it fixes it.
package store

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// Customer is keyed by email.
type Customer struct {
	gorm.Model
	Email string `gorm:"uniqueIndex"`
	Name  string
}

// Cart belongs to one customer.
type Cart struct {
	ID         uint
	CustomerID uint `gorm:"uniqueIndex"`
}

// Coupon codes are unique.
type Coupon struct {
	ID      uint
	Code    string `gorm:"unique"`
	Percent int
}

// Review: one per customer and product, but nothing in the schema says so.
type Review struct {
	ID         uint
	CustomerID uint
	ProductID  uint
	Stars      int
}

// ErrCouponExists is returned when a code is taken.
var ErrCouponExists = errors.New("coupon code already exists")

// Store wraps the database.
type Store struct{ db *gorm.DB }

// Customer returns the customer with this email, creating it on first sight.
func (s *Store) Customer(ctx context.Context, email, name string) (*Customer, error) {
	var c Customer
	err := s.db.WithContext(ctx).Where("email = ?", email).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		// New customer: remember the name they gave at checkout.
		c = Customer{Email: email, Name: name}
		err = s.db.WithContext(ctx).Create(&c).Error
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// Cart returns the customer's cart and whether this call created it.
func (s *Store) Cart(ctx context.Context, customerID uint) (*Cart, bool, error) {
	var cart Cart
	if err := s.db.WithContext(ctx).Where("customer_id = ?", customerID).First(&cart).Error; err == nil {
		return &cart, false, nil
	} else if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, false, err
	}
	cart = Cart{CustomerID: customerID}
	if err := s.db.WithContext(ctx).Create(&cart).Error; err != nil {
		return nil, false, err
	}
	return &cart, true, nil
}

// NewCoupon creates a coupon, failing when the code is taken.
func (s *Store) NewCoupon(ctx context.Context, code string, percent int) error {
	var c Coupon
	err := s.db.WithContext(ctx).Where("code = ?", code).First(&c).Error
	if err == nil {
		return ErrCouponExists
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return s.db.WithContext(ctx).Create(&Coupon{Code: code, Percent: percent}).Error
}

// Review records a customer's rating of a product, once.
func (s *Store) Review(ctx context.Context, customerID, productID uint, stars int) error {
	var r Review
	err := s.db.Where("customer_id = ? AND product_id = ?", customerID, productID).First(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return s.db.Create(&Review{CustomerID: customerID, ProductID: productID, Stars: stars}).Error
	}
	return err
}
