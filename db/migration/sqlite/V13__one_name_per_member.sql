-- One person, one name (issue 17): two active members whose names differ only in case ('lan' and 'Lan')
-- would split one reviewer's verdicts in two. Before this index such a pair could be added with a
-- warning; the later-added one is now marked removed (its verdicts stay under its name), so the roster
-- keeps the first. SQLite's lower() folds ASCII letters only; PostgreSQL's folds every letter.
UPDATE team_member SET removed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE removed_at IS NULL AND EXISTS (SELECT 1 FROM team_member o WHERE o.removed_at IS NULL
                                      AND lower(o.name) = lower(team_member.name) AND o.id < team_member.id);
CREATE UNIQUE INDEX team_member_active_name ON team_member (lower(name)) WHERE removed_at IS NULL;
