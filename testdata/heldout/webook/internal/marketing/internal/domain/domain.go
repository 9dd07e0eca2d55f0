package domain

// Types reproduce internal/marketing/internal/domain (activity.go,
// invitation.go, redemption.go).

type UserRegistrationActivity struct {
	Uid            int64
	InvitationCode string
}

type InvitationCode struct {
	Uid  int64
	Code string
}

type InvitationRecord struct {
	InviterId int64
	InviteeId int64
	Code      string
	Attrs     InvitationRecordAttrs
}

type InvitationRecordAttrs struct {
	Credits uint64 `json:"credits"`
}

type RedemptionCodeStatus uint8

const (
	RedemptionCodeStatusUnused RedemptionCodeStatus = 1
	RedemptionCodeStatusUsed   RedemptionCodeStatus = 2
)

func (r RedemptionCodeStatus) ToUint8() uint8 {
	return uint8(r)
}

type RedemptionCode struct {
	ID      int64
	OwnerID int64
	Biz     string
	BizId   int64
	Type    string
	Attrs   CodeAttrs
	Code    string
	Status  RedemptionCodeStatus
	Ctime   int64
	Utime   int64
}

type CodeAttrs struct {
	SKU SKU `json:"sku,omitempty"`
}

type SKU struct {
	ID    int64  `json:"id,omitempty"`
	SN    string `json:"sn,omitempty"`
	Name  string `json:"name,omitempty"`
	Attrs string `json:"attrs,omitempty"`
}
