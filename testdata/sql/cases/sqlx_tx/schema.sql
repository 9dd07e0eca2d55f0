CREATE TABLE enrollments (id INTEGER PRIMARY KEY AUTOINCREMENT, course_id BIGINT NOT NULL, student_id BIGINT NOT NULL, UNIQUE (course_id, student_id));
