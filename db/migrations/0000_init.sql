CREATE TABLE `accounts` (
	`merchant_id` integer NOT NULL,
	`account_id` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`followers` integer DEFAULT 0 NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`commission_rate` real,
	`batch_id` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `account_id`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `campaigns` (
	`merchant_id` integer NOT NULL,
	`campaign_id` text NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`budget` integer,
	`batch_id` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `campaign_id`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `column_mappings` (
	`merchant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`header` text NOT NULL,
	`field` text NOT NULL,
	PRIMARY KEY(`merchant_id`, `kind`, `header`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `forecast_cache` (
	`merchant_id` integer NOT NULL,
	`cache_key` text NOT NULL,
	`data_version` integer NOT NULL,
	`result` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `cache_key`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`merchant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`status` text DEFAULT 'running' NOT NULL,
	`report` text DEFAULT '{}' NOT NULL,
	`rows_done` integer DEFAULT 0 NOT NULL,
	`bytes_done` integer DEFAULT 0 NOT NULL,
	`bytes_total` integer DEFAULT 0 NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`undone_at` integer,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_batches_merchant` ON `import_batches` (`merchant_id`,`id`);--> statement-breakpoint
CREATE TABLE `import_replaced` (
	`batch_id` integer NOT NULL,
	`row_key` text NOT NULL,
	`previous_batch_id` integer NOT NULL,
	`previous_row` text NOT NULL,
	PRIMARY KEY(`batch_id`, `row_key`)
);
--> statement-breakpoint
CREATE INDEX `import_replaced_prev` ON `import_replaced` (`previous_batch_id`);--> statement-breakpoint
CREATE TABLE `merchants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`timezone` text DEFAULT 'Asia/Shanghai' NOT NULL,
	`currency` text DEFAULT 'CNY' NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`data_version` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `merchants_slug_unique` ON `merchants` (`slug`);--> statement-breakpoint
CREATE TABLE `orders` (
	`merchant_id` integer NOT NULL,
	`order_id` text NOT NULL,
	`paid_at` integer NOT NULL,
	`day` text NOT NULL,
	`gmv` integer NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`sku_id` text DEFAULT '' NOT NULL,
	`product_name` text DEFAULT '' NOT NULL,
	`channel` text DEFAULT '' NOT NULL,
	`content_id` text DEFAULT '' NOT NULL,
	`account_id` text DEFAULT '' NOT NULL,
	`campaign_id` text DEFAULT '' NOT NULL,
	`refund_amount` integer,
	`buyer_id` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'paid' NOT NULL,
	`attributed_account_id` text DEFAULT '' NOT NULL,
	`pillar` text DEFAULT 'S' NOT NULL,
	`pillar_rule` text DEFAULT '' NOT NULL,
	`batch_id` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `order_id`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `orders_merchant_day` ON `orders` (`merchant_id`,`day`,`pillar`,`status`,`buyer_id`);--> statement-breakpoint
CREATE INDEX `orders_merchant_buyer` ON `orders` (`merchant_id`,`buyer_id`,`day`);--> statement-breakpoint
CREATE INDEX `orders_merchant_content` ON `orders` (`merchant_id`,`content_id`);--> statement-breakpoint
CREATE INDEX `orders_batch` ON `orders` (`batch_id`);--> statement-breakpoint
CREATE TABLE `pillar_day` (
	`merchant_id` integer NOT NULL,
	`day` text NOT NULL,
	`pillar` text NOT NULL,
	`gmv` integer DEFAULT 0 NOT NULL,
	`refunds` integer DEFAULT 0 NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`kept_orders` integer DEFAULT 0 NOT NULL,
	`refunded_orders` integer DEFAULT 0 NOT NULL,
	`live_gmv` integer DEFAULT 0 NOT NULL,
	`impressions` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`watch_seconds` integer DEFAULT 0 NOT NULL,
	`likes` integer DEFAULT 0 NOT NULL,
	`comments` integer DEFAULT 0 NOT NULL,
	`shares` integer DEFAULT 0 NOT NULL,
	`follows` integer DEFAULT 0 NOT NULL,
	`product_clicks` integer DEFAULT 0 NOT NULL,
	`cart_adds` integer DEFAULT 0 NOT NULL,
	`live_seconds` integer DEFAULT 0 NOT NULL,
	`live_views` integer DEFAULT 0 NOT NULL,
	`ugc_impressions` integer DEFAULT 0 NOT NULL,
	`reviews` integer DEFAULT 0 NOT NULL,
	`positive_reviews` integer DEFAULT 0 NOT NULL,
	`media_reviews` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`merchant_id`, `day`, `pillar`)
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`merchant_id` integer NOT NULL,
	`review_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`day` text NOT NULL,
	`rating` integer NOT NULL,
	`order_id` text DEFAULT '' NOT NULL,
	`sku_id` text DEFAULT '' NOT NULL,
	`has_media` integer DEFAULT false NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`buyer_id` text DEFAULT '' NOT NULL,
	`batch_id` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `review_id`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reviews_merchant_day` ON `reviews` (`merchant_id`,`day`);--> statement-breakpoint
CREATE INDEX `reviews_merchant_order` ON `reviews` (`merchant_id`,`order_id`);--> statement-breakpoint
CREATE INDEX `reviews_batch` ON `reviews` (`batch_id`);--> statement-breakpoint
CREATE TABLE `saved_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`merchant_id` integer NOT NULL,
	`name` text NOT NULL,
	`report` text NOT NULL,
	`params` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `saved_reports_merchant` ON `saved_reports` (`merchant_id`);--> statement-breakpoint
CREATE TABLE `segment_day` (
	`merchant_id` integer NOT NULL,
	`day` text NOT NULL,
	`pillar` text NOT NULL,
	`campaign_id` text NOT NULL,
	`account_id` text NOT NULL,
	`content_id` text NOT NULL,
	`gmv` integer DEFAULT 0 NOT NULL,
	`refunds` integer DEFAULT 0 NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`kept_orders` integer DEFAULT 0 NOT NULL,
	`refunded_orders` integer DEFAULT 0 NOT NULL,
	`live_gmv` integer DEFAULT 0 NOT NULL,
	`impressions` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`watch_seconds` integer DEFAULT 0 NOT NULL,
	`likes` integer DEFAULT 0 NOT NULL,
	`comments` integer DEFAULT 0 NOT NULL,
	`shares` integer DEFAULT 0 NOT NULL,
	`follows` integer DEFAULT 0 NOT NULL,
	`product_clicks` integer DEFAULT 0 NOT NULL,
	`cart_adds` integer DEFAULT 0 NOT NULL,
	`live_seconds` integer DEFAULT 0 NOT NULL,
	`live_views` integer DEFAULT 0 NOT NULL,
	`ugc_impressions` integer DEFAULT 0 NOT NULL,
	`reviews` integer DEFAULT 0 NOT NULL,
	`positive_reviews` integer DEFAULT 0 NOT NULL,
	`media_reviews` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`merchant_id`, `day`, `pillar`, `campaign_id`, `account_id`, `content_id`)
);
--> statement-breakpoint
CREATE INDEX `segment_day_campaign` ON `segment_day` (`merchant_id`,`campaign_id`,`day`);--> statement-breakpoint
CREATE INDEX `segment_day_account` ON `segment_day` (`merchant_id`,`account_id`,`day`);--> statement-breakpoint
CREATE TABLE `views` (
	`merchant_id` integer NOT NULL,
	`content_id` text NOT NULL,
	`day` text NOT NULL,
	`account_id` text NOT NULL,
	`content_type` text NOT NULL,
	`campaign_id` text DEFAULT '' NOT NULL,
	`impressions` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`watch_seconds` integer DEFAULT 0 NOT NULL,
	`likes` integer DEFAULT 0 NOT NULL,
	`comments` integer DEFAULT 0 NOT NULL,
	`shares` integer DEFAULT 0 NOT NULL,
	`follows` integer DEFAULT 0 NOT NULL,
	`product_clicks` integer DEFAULT 0 NOT NULL,
	`cart_adds` integer DEFAULT 0 NOT NULL,
	`live_seconds` integer DEFAULT 0 NOT NULL,
	`pillar` text DEFAULT 'S' NOT NULL,
	`pillar_rule` text DEFAULT '' NOT NULL,
	`batch_id` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `content_id`, `day`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `views_merchant_day` ON `views` (`merchant_id`,`day`);--> statement-breakpoint
CREATE INDEX `views_merchant_account` ON `views` (`merchant_id`,`account_id`);--> statement-breakpoint
CREATE INDEX `views_batch` ON `views` (`batch_id`);