ALTER TABLE ideas ADD original_id INT NULL REFERENCES ideas(id);
