-- A post's gist is kept with it, written with the post and on each edit, so channel pages and
-- cards do not render every post's Markdown on each view. Posts written before this are filled
-- in by the web app's start (PostBackfill); until then their gist is computed when shown.
alter table community_post add column gist varchar(400);
