CREATE TABLE `creator_rates` (
	`merchant_id` integer NOT NULL,
	`account_id` text NOT NULL,
	`live_fee` integer,
	`video_fee` integer,
	`sample_cost` integer,
	`commission_rate` real,
	`boost` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `account_id`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plan_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`merchant_id` integer NOT NULL,
	`position` integer NOT NULL,
	`account_id` text NOT NULL,
	`format` text NOT NULL,
	`posts` integer NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	`intent` text NOT NULL,
	`pillar` text NOT NULL,
	`cost` integer NOT NULL,
	`expected_views` real NOT NULL,
	`expected_gmv` integer NOT NULL,
	`gmv_p10` integer NOT NULL,
	`gmv_p90` integer NOT NULL,
	`snapshot` text DEFAULT '{}' NOT NULL,
	`why` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_lines_plan` ON `plan_lines` (`plan_id`);--> statement-breakpoint
CREATE INDEX `plan_lines_merchant_account` ON `plan_lines` (`merchant_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `planner_settings` (
	`merchant_id` integer PRIMARY KEY NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`merchant_id` integer NOT NULL,
	`name` text NOT NULL,
	`budget` integer NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	`objective` text DEFAULT 'manual' NOT NULL,
	`constraints` text DEFAULT '{}' NOT NULL,
	`as_of` text NOT NULL,
	`totals` text DEFAULT '{}' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_merchant_name` ON `plans` (`merchant_id`,`name`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `live_fee` integer;--> statement-breakpoint
ALTER TABLE `accounts` ADD `video_fee` integer;--> statement-breakpoint
ALTER TABLE `accounts` ADD `sample_cost` integer;