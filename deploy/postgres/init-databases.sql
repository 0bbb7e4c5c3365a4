-- Run once by the postgres image on an empty data directory: one database per service, each
-- service owns its schema (migrations run at service start).
CREATE DATABASE samenleven_applications;
CREATE DATABASE samenleven_budgeting;
CREATE DATABASE samenleven_reporting;
CREATE DATABASE samenleven_mentorships;
CREATE DATABASE samenleven_notifications;
-- The web back office's sessions.
CREATE DATABASE samenleven_web;
