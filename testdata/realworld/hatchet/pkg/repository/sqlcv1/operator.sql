-- name: CreateOperator :one
INSERT INTO v1_operator (
    tenant_id,
    name,
    kind,
    config
) VALUES (
    @tenantId::UUID,
    @name::TEXT,
    @kind::v1_operator_kind,
    @config::JSONB
)
RETURNING *;

-- name: TenantHasDAGOperator :one
SELECT EXISTS(
    SELECT 1
    FROM v1_operator
    WHERE
        tenant_id = @tenantId::UUID
        AND kind = 'DAG'
) AS has_operator;

