-- name: GetTenantEntitlement :one
SELECT *
FROM tenant_entitlement
WHERE tenant_id = @tenantId::uuid;

