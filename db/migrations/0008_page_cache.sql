-- Page figures computed ahead (the merchant overview of the default range, after each import),
-- stamped with the data version they were computed from, so every worker process of the server
-- finds them: at 10M orders the overview's distinct-buyer counts take seconds to compute.
CREATE TABLE `page_cache` (
	`merchant_id` integer NOT NULL,
	`cache_key` text NOT NULL,
	`data_version` integer NOT NULL,
	`result` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `cache_key`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
