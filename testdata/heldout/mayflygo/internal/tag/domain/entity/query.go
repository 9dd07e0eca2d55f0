package entity

import "example.com/heldout/mayflygo/pkg/model"

type TagTreeQuery struct {
	model.PageParam
	model.Model

	Types         []TagType
	Codes         []string
	CodePaths     []string // 标识路径
	Name          string   `json:"name"` // 名称
	CodePathLikes []string
}
