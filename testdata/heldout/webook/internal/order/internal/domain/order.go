package domain

// Types reproduce internal/order/internal/domain/order.go (trimmed).

type OrderStatus uint8

func (s OrderStatus) ToUint8() uint8 {
	return uint8(s)
}

const (
	// StatusInit 初始化状态，对用户是不可见的
	StatusInit          OrderStatus = 1
	StatusProcessing    OrderStatus = 2
	StatusSuccess       OrderStatus = 3
	StatusFailed        OrderStatus = 4
	StatusCanceled      OrderStatus = 5
	StatusTimeoutClosed OrderStatus = 6
)

type Order struct {
	ID               int64
	SN               string
	BuyerID          int64
	Payment          Payment
	OriginalTotalAmt int64
	RealTotalAmt     int64
	Status           OrderStatus
	Items            []OrderItem
	Ctime            int64
	Utime            int64
}

type Payment struct {
	ID int64
	SN string
}

type OrderItem struct {
	SPU SPU
	SKU SKU
}

type SPU struct {
	ID        int64
	Category0 string
	Category1 string
}

type SKU struct {
	ID            int64
	SN            string
	Image         string
	Attrs         string
	Name          string
	Description   string
	OriginalPrice int64
	RealPrice     int64
	Quantity      int64
}
