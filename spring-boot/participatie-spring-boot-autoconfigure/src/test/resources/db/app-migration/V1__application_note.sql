CREATE TABLE application_note (id INT PRIMARY KEY, note VARCHAR(200));
