-- Lists are ordered by name (then id) and paged: with these indexes a page reads its rows in order, instead of
-- sorting the whole table for every page (which spilled to disk beyond some 40,000 rows on H2).
create index company_name_order_idx on company (name, id);
create index product_name_order_idx on product (name, id);
create index brand_name_order_idx on brand (name, id);
create index cluster_name_order_idx on cluster (name, id);
create index county_name_order_idx on county (name, id);
create index award_name_order_idx on award (name, id);
