-- A whole re-derivation under way, and how far it got: the last day its chunks have derived
-- ('' before the first). Set in the transaction that saves the settings it derives for, moved on
-- by each chunk's transaction, cleared by the last one's. A process killed in between leaves it
-- set; the server resumes from the day after it (`factloop job resume`). NULL: none under way.
ALTER TABLE `merchants` ADD `rederive_through` text;
