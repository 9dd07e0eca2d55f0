CREATE TABLE team (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL,
    lower_name VARCHAR(190) NOT NULL
);

CREATE UNIQUE INDEX team_org_lower_name ON team (org_id, lower_name);
