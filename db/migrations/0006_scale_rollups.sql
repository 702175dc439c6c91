CREATE TABLE `campaign_day` (
	`merchant_id` integer NOT NULL,
	`campaign_id` text NOT NULL,
	`day` text NOT NULL,
	`pillar` text NOT NULL,
	`gmv` integer DEFAULT 0 NOT NULL,
	`refunds` integer DEFAULT 0 NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`merchant_id`, `campaign_id`, `day`, `pillar`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `account_day` (
	`merchant_id` integer NOT NULL,
	`day` text NOT NULL,
	`account_id` text NOT NULL,
	`pillar` text NOT NULL,
	`gmv` integer DEFAULT 0 NOT NULL,
	`refunds` integer DEFAULT 0 NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`merchant_id`, `day`, `account_id`, `pillar`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `account_day_account` ON `account_day` (`merchant_id`,`account_id`,`day`);
--> statement-breakpoint
CREATE TABLE `channel_day` (
	`merchant_id` integer NOT NULL,
	`day` text NOT NULL,
	`pillar` text NOT NULL,
	`channel` text NOT NULL,
	`gmv` integer DEFAULT 0 NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`merchant_id`, `day`, `pillar`, `channel`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `account_content_day` (
	`merchant_id` integer NOT NULL,
	`account_id` text NOT NULL,
	`day` text NOT NULL,
	`content_id` text NOT NULL,
	PRIMARY KEY(`merchant_id`, `account_id`, `day`, `content_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `orders_merchant_day_paid` ON `orders` (`merchant_id`,`day`,`paid_at`,`order_id`);
--> statement-breakpoint
CREATE INDEX `orders_merchant_pillar_paid` ON `orders` (`merchant_id`,`pillar`,`day`,`paid_at`,`order_id`);
--> statement-breakpoint
INSERT INTO `campaign_day` (`merchant_id`, `campaign_id`, `day`, `pillar`, `gmv`, `refunds`, `orders`, `views`)
SELECT `merchant_id`, `campaign_id`, `day`, `pillar`, SUM(`gmv`), SUM(`refunds`), SUM(`orders`), SUM(`views`)
  FROM `segment_day` WHERE `campaign_id` <> '' GROUP BY `merchant_id`, `campaign_id`, `day`, `pillar`;
--> statement-breakpoint
INSERT INTO `account_day` (`merchant_id`, `day`, `account_id`, `pillar`, `gmv`, `refunds`, `orders`, `views`)
SELECT `merchant_id`, `day`, `account_id`, `pillar`, SUM(`gmv`), SUM(`refunds`), SUM(`orders`), SUM(`views`)
  FROM `segment_day` WHERE `account_id` <> '' GROUP BY `merchant_id`, `day`, `account_id`, `pillar`;
--> statement-breakpoint
INSERT INTO `account_content_day` (`merchant_id`, `account_id`, `day`, `content_id`)
SELECT DISTINCT `merchant_id`, `account_id`, `day`, `content_id` FROM `segment_day`
 WHERE `account_id` <> '' AND `content_id` <> '' AND (`orders` > 0 OR `views` > 0 OR `impressions` > 0);
--> statement-breakpoint
INSERT INTO `channel_day` (`merchant_id`, `day`, `pillar`, `channel`, `gmv`, `orders`)
SELECT `merchant_id`, `day`, `pillar`, `channel`, SUM(`gmv`), COUNT(*) FROM `orders`
 WHERE `status` <> 'cancelled' GROUP BY `merchant_id`, `day`, `pillar`, `channel`;
