ALTER TABLE ideas ADD response text null;
ALTER TABLE ideas ADD response_user_id int null;
ALTER TABLE ideas ADD response_date timestamptz null;