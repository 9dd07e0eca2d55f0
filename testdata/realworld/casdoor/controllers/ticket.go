package controllers

import (
	"encoding/json"

	"example.com/realworld/casdoor/object"
)

// UpdateTicket is controllers/ticket.go:141.
func (c *ApiController) UpdateTicket() {
	id := c.Ctx.Input.Query("id")

	var ticket object.Ticket
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &ticket)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	// Check permission
	isAdmin := c.IsAdmin()
	user := c.getCurrentUser()
	if !isAdmin && user == nil {
		c.ResponseError(c.T("general:Please sign in first"))
		return
	}

	existingTicket, err := object.GetTicket(id) // safe: not found returns an error; the lookup guards the update
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	if existingTicket == nil {
		c.ResponseError(c.T("ticket:Ticket not found"))
		return
	}

	if !isAdmin {
		if existingTicket.User != user.GetId() {
			c.ResponseError(c.T("auth:Unauthorized operation"))
			return
		}
		if ticket.State != "Closed" && ticket.State != existingTicket.State {
			c.ResponseError(c.T("auth:Unauthorized operation"))
			return
		}
		ticket.Owner = existingTicket.Owner
		ticket.Name = existingTicket.Name
		ticket.User = existingTicket.User
		ticket.CreatedTime = existingTicket.CreatedTime
	}

	c.Data["json"] = wrapActionResponse(object.UpdateTicket(id, &ticket))
	c.ServeJSON()
}

// AddTicketMessage is controllers/ticket.go:252.
func (c *ApiController) AddTicketMessage() {
	id := c.Ctx.Input.Query("id")

	var message object.TicketMessage
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &message)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	// Check permission
	isAdmin := c.IsAdmin()
	user := c.getCurrentUser()
	if !isAdmin && user == nil {
		c.ResponseError(c.T("general:Please sign in first"))
		return
	}

	ticket, err := object.GetTicket(id) // safe: not found returns an error; object.AddTicketMessage appends by read-modify-write update (a lost update, not a duplicate insert)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	if ticket == nil {
		c.ResponseError(c.T("ticket:Ticket not found"))
		return
	}

	// Users can only add messages to their own tickets, admins can add to any ticket
	if !isAdmin && ticket.User != user.GetId() {
		c.ResponseError(c.T("auth:Unauthorized operation"))
		return
	}

	// Set the author and admin flag
	message.Author = user.GetId()
	message.IsAdmin = isAdmin

	c.Data["json"] = wrapActionResponse(object.AddTicketMessage(id, &message))
	c.ServeJSON()
}
