package request

// FieldRelationAddReq 添加资源结构体
type FieldRelationAddReq struct {
	Flag       string            `json:"flag" validate:"required,min=1,max=20"`
	Attributes map[string]string `json:"attributes" validate:"required,gt=0"`
}

// FieldRelationUpdateReq 更新资源结构体
type FieldRelationUpdateReq struct {
	ID         uint              `json:"id" validate:"required"`
	Flag       string            `json:"flag" validate:"required,min=1,max=20"`
	Attributes map[string]string `json:"attributes" validate:"required,gt=0"`
}
