-- Distinct buyers over any range, from a table that grows with days, not orders. For each buyer
-- and each day they bought (counted orders, a buyer id), the day they bought before it (NULL for
-- their first): the buyers of [a, b] are the (day, previous day) pairs with a ≤ day ≤ b and a
-- previous day before a (or none), so `buyers` counts the buyers of each pair. Kept for every
-- pillar alone and for all pillars together ('*'), rebuilt after each change of the merchant's
-- data by the warm-up, and used only when `buyer_visits_built` says it is of the current data
-- version (docs/scale.md).
CREATE TABLE `buyer_visits` (
	`merchant_id` integer NOT NULL,
	`pillar` text NOT NULL,
	`day` text NOT NULL,
	`prev_day` text,
	`buyers` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE INDEX `buyer_visits_scope_day` ON `buyer_visits` (`merchant_id`,`pillar`,`day`,`prev_day`,`buyers`);--> statement-breakpoint
CREATE TABLE `buyer_visits_built` (
	`merchant_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer NOT NULL,
	`built_at` integer NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
