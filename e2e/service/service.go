package service

import (
	"context"
	"errors"
	"net/http"

	"gorm.io/gorm"
)

// SettingsFor: guard, `err = db.Create(&s).Error`.
func SettingsFor(ctx context.Context, db *gorm.DB, key string) (uint, error) {
	var s Settings
	err := db.WithContext(ctx).Where("user_key = ?", key).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Settings{UserKey: key, Theme: "light"}
		err = db.WithContext(ctx).Create(&s).Error
	}
	if err != nil {
		return 0, err
	}
	return s.ID, nil
}

// WalletFor: any error taken as not found, `if err := ...; err != nil`.
func WalletFor(ctx context.Context, db *gorm.DB, owner string) (uint, error) {
	var w Wallet
	if err := db.Where("owner = ?", owner).First(&w).Error; err != nil {
		w = Wallet{Owner: owner}
		if err := db.Create(&w).Error; err != nil {
			return 0, err
		}
	}
	return w.ID, nil
}

// CounterFor: early return on the found path, create in the return.
func CounterFor(ctx context.Context, db *gorm.DB, name string) (uint, error) {
	var c Counter
	err := db.Where("name = ?", name).First(&c).Error
	if err == nil {
		return c.ID, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, err
	}
	c = Counter{Name: name}
	return c.ID, db.Create(&c).Error
}

// SignUp: insert if absent, ErrExists when present.
func SignUp(ctx context.Context, db *gorm.DB, email string) (uint, error) {
	var a Account
	if !errors.Is(db.Where("email = ?", email).First(&a).Error, gorm.ErrRecordNotFound) {
		return 0, ErrExists
	}
	a = Account{Email: email}
	if err := db.Create(&a).Error; err != nil {
		return 0, err
	}
	return a.ID, nil
}

// TagFor: FirstOrCreate.
func TagFor(ctx context.Context, db *gorm.DB, name string) (uint, error) {
	var t Tag
	if err := db.Where(Tag{Name: name}).FirstOrCreate(&t).Error; err != nil {
		return 0, err
	}
	return t.ID, nil
}

// PrefFor: the generics API.
func PrefFor(ctx context.Context, db *gorm.DB, user string) (uint, error) {
	p, err := gorm.G[Pref](db).Where("user_ref = ?", user).First(ctx)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = Pref{UserRef: user, Lang: "en"}
		err = gorm.G[Pref](db).Create(ctx, &p)
	}
	return p.ID, err
}

// InviteFor records whether this call created the invite.
func InviteFor(ctx context.Context, db *gorm.DB, email string) (uint, bool, error) {
	var inv Invite
	created := false
	err := db.Where("email = ?", email).First(&inv).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		inv = Invite{Email: email}
		err = db.Create(&inv).Error
		created = true
	}
	if err != nil {
		return 0, false, err
	}
	return inv.ID, created, nil
}

// EnsureTopic: count, then create a literal.
func EnsureTopic(ctx context.Context, db *gorm.DB, slug string) (uint, error) {
	var n int64
	if err := db.Model(&Topic{}).Where("slug = ?", slug).Count(&n).Error; err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, db.Create(&Topic{Slug: slug}).Error
	}
	return 0, nil
}

// ScoreFor: Find, then RowsAffected == 0.
func ScoreFor(ctx context.Context, db *gorm.DB, player string) (uint, error) {
	var s Score
	res := db.Where("player = ?", player).Limit(1).Find(&s)
	if res.Error != nil {
		return 0, res.Error
	}
	if res.RowsAffected == 0 {
		s = Score{Player: player}
		if err := db.Create(&s).Error; err != nil {
			return 0, err
		}
	}
	return s.ID, nil
}

// Reserve: inside a transaction, then a further write that must happen
// once per call.
func Reserve(ctx context.Context, db *gorm.DB, sku string) (uint, error) {
	var id uint
	err := db.Transaction(func(tx *gorm.DB) error {
		var s Stock
		err := tx.Where("sku = ?", sku).First(&s).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			s = Stock{SKU: sku}
			if err := tx.Create(&s).Error; err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		id = s.ID
		return tx.Model(&Stock{}).Where("id = ?", s.ID).Update("qty", gorm.Expr("qty + 1")).Error
	})
	return id, err
}

// CartFor: the not-found arm of a switch.
func CartFor(ctx context.Context, db *gorm.DB, session string) (uint, error) {
	var c Cart
	err := db.Where("session = ?", session).First(&c).Error
	switch {
	case err == nil:
		return c.ID, nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		c = Cart{Session: session}
		if err := db.Create(&c).Error; err != nil {
			return 0, err
		}
		return c.ID, nil
	default:
		return 0, err
	}
}

// BasketFor answers 201 when this call created the basket, 200 otherwise.
func BasketFor(ctx context.Context, db *gorm.DB, session string) (uint, int, error) {
	var b Basket
	err := db.Where("session = ?", session).First(&b).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		b = Basket{Session: session}
		if err := db.Create(&b).Error; err != nil {
			return 0, http.StatusInternalServerError, err
		}
		return b.ID, http.StatusCreated, nil
	}
	if err != nil {
		return 0, http.StatusInternalServerError, err
	}
	return b.ID, http.StatusOK, nil
}

// BadgeFor ignores the create's error, as a statement.
func BadgeFor(ctx context.Context, db *gorm.DB, code string) (uint, error) {
	var b Badge
	err := db.Where("code = ?", code).First(&b).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		b = Badge{Code: code}
		db.Create(&b)
		return b.ID, nil
	}
	return b.ID, err
}

// CouponFor keeps the create's *gorm.DB result.
func CouponFor(ctx context.Context, db *gorm.DB, code string) (uint, error) {
	var c Coupon
	err := db.Where("code = ?", code).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Coupon{Code: code}
		result := db.Create(&c)
		if result.Error != nil {
			return 0, result.Error
		}
	} else if err != nil {
		return 0, err
	}
	return c.ID, nil
}

// ClaimHandle fails with ErrExists when taken, creating in the return.
func ClaimHandle(ctx context.Context, db *gorm.DB, name string) error {
	var h Handle
	if err := db.Where("name = ?", name).First(&h).Error; err == nil {
		return ErrExists
	} else if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Create(&Handle{Name: name}).Error
}
