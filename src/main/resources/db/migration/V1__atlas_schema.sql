-- The Atlas graph. Portable SQL (H2 and PostgreSQL); ids come from pooled sequences so that imports can batch inserts.

create sequence source_seq start with 1 increment by 50;
create sequence city_seq start with 1 increment by 50;
create sequence county_seq start with 1 increment by 50;
create sequence cluster_seq start with 1 increment by 50;
create sequence company_seq start with 1 increment by 50;
create sequence brand_seq start with 1 increment by 50;
create sequence product_seq start with 1 increment by 50;
create sequence award_seq start with 1 increment by 50;
create sequence plan_seq start with 1 increment by 50;
create sequence fact_seq start with 1 increment by 50;
create sequence figure_seq start with 1 increment by 50;
create sequence dataset_import_seq start with 1 increment by 50;

create table source (
    id bigint primary key,
    code varchar(32) not null unique,
    title varchar(500) not null,
    url varchar(2000),
    published varchar(100),
    publisher varchar(500),
    reliability varchar(16) not null,
    note varchar(2000)
);

create table city (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(200) not null,
    name_zh varchar(200),
    kind varchar(32) not null
);

create table city_source (
    city_id bigint not null references city (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (city_id, source_id)
);

create table county (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(200) not null,
    name_zh varchar(200),
    kind varchar(32) not null,
    city_id bigint not null references city (id),
    provincially_administered boolean not null,
    note varchar(2000),
    latitude double precision,
    longitude double precision,
    coordinate_source_title varchar(500),
    coordinate_source_url varchar(2000)
);
create index county_city_idx on county (city_id);

create table county_source (
    county_id bigint not null references county (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (county_id, source_id)
);

create table cluster (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(300) not null,
    name_zh varchar(300),
    county_id bigint references county (id),
    industry varchar(1000) not null
);
create index cluster_county_idx on cluster (county_id);

create table cluster_title (
    cluster_id bigint not null references cluster (id) on delete cascade,
    position integer not null,
    title varchar(500) not null,
    primary key (cluster_id, position)
);

create table cluster_source (
    cluster_id bigint not null references cluster (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (cluster_id, source_id)
);

create table company (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(300) not null,
    name_zh varchar(300),
    kind varchar(32) not null,
    county_id bigint references county (id),
    description varchar(4000),
    uncertain boolean not null,
    note varchar(2000)
);
create index company_county_idx on company (county_id);

create table company_cluster (
    company_id bigint not null references company (id) on delete cascade,
    cluster_id bigint not null references cluster (id) on delete cascade,
    primary key (company_id, cluster_id)
);
create index company_cluster_cluster_idx on company_cluster (cluster_id);

create table company_source (
    company_id bigint not null references company (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (company_id, source_id)
);

create table brand (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(300) not null,
    name_zh varchar(300),
    company_id bigint not null references company (id) on delete cascade
);
create index brand_company_idx on brand (company_id);

create table brand_source (
    brand_id bigint not null references brand (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (brand_id, source_id)
);

create table product (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(300) not null,
    name_zh varchar(300),
    description varchar(4000),
    company_id bigint not null references company (id) on delete cascade,
    brand_id bigint references brand (id) on delete set null
);
create index product_company_idx on product (company_id);
create index product_brand_idx on product (brand_id);

create table product_source (
    product_id bigint not null references product (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (product_id, source_id)
);

create table award (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(500) not null,
    name_zh varchar(500),
    category varchar(300),
    level varchar(32) not null,
    grantor varchar(500),
    award_year integer,
    year_text varchar(200),
    description varchar(4000),
    county_id bigint references county (id),
    recipient_text varchar(1000),
    uncertain boolean not null
);
create index award_county_idx on award (county_id);

create table award_company (
    award_id bigint not null references award (id) on delete cascade,
    company_id bigint not null references company (id) on delete cascade,
    primary key (award_id, company_id)
);
create index award_company_company_idx on award_company (company_id);

create table award_product (
    award_id bigint not null references award (id) on delete cascade,
    product_id bigint not null references product (id) on delete cascade,
    primary key (award_id, product_id)
);
create index award_product_product_idx on award_product (product_id);

create table award_cluster (
    award_id bigint not null references award (id) on delete cascade,
    cluster_id bigint not null references cluster (id) on delete cascade,
    primary key (award_id, cluster_id)
);
create index award_cluster_cluster_idx on award_cluster (cluster_id);

create table award_county (
    award_id bigint not null references award (id) on delete cascade,
    county_id bigint not null references county (id) on delete cascade,
    primary key (award_id, county_id)
);
create index award_county_county_idx on award_county (county_id);

create table award_source (
    award_id bigint not null references award (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (award_id, source_id)
);

create table plan (
    id bigint primary key,
    slug varchar(100) not null unique,
    name varchar(500) not null,
    name_zh varchar(500),
    issuer varchar(500),
    issued varchar(100),
    plan_year integer,
    description varchar(4000),
    uncertain boolean not null
);

create table plan_source (
    plan_id bigint not null references plan (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (plan_id, source_id)
);

-- A fact or figure is about one subject: a county, a cluster, a company, or (all three null) the province.
create table fact (
    id bigint primary key,
    text varchar(4000) not null,
    fact_year integer,
    uncertain boolean not null,
    note varchar(2000),
    county_id bigint references county (id) on delete cascade,
    cluster_id bigint references cluster (id) on delete cascade,
    company_id bigint references company (id) on delete cascade,
    position integer not null
);
create index fact_county_idx on fact (county_id);
create index fact_cluster_idx on fact (cluster_id);
create index fact_company_idx on fact (company_id);

create table fact_source (
    fact_id bigint not null references fact (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (fact_id, source_id)
);

create table figure (
    id bigint primary key,
    metric varchar(32) not null,
    label varchar(300) not null,
    figure_value double precision not null,
    unit varchar(32) not null,
    figure_year integer,
    growth_percent double precision,
    approximate boolean not null,
    quote varchar(1000),
    uncertain boolean not null,
    fact_id bigint references fact (id) on delete set null,
    county_id bigint references county (id) on delete cascade,
    cluster_id bigint references cluster (id) on delete cascade,
    company_id bigint references company (id) on delete cascade
);
create index figure_county_idx on figure (county_id);
create index figure_cluster_idx on figure (cluster_id);
create index figure_company_idx on figure (company_id);
create index figure_fact_idx on figure (fact_id);

create table figure_source (
    figure_id bigint not null references figure (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (figure_id, source_id)
);

create table dataset_import (
    id bigint primary key,
    location varchar(2000) not null,
    format varchar(100) not null,
    version varchar(100) not null,
    checksum varchar(64) not null,
    imported_at timestamp not null,
    records integer not null
);
