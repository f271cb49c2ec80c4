package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.product.Product;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFinalStep;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Writes the fields that every search result type shares under the same names, whatever path leads to them from the
 * entity: its type, city, county, clusters and their industries, the grantors and years of its awards, and its
 * location. Filters, facets and the distance sort read these fields.
 */
public abstract class SearchFieldsBinder<E> implements TypeBinder {

	private final Class<E> entityType;

	private final String typeName;

	private final List<String> dependencies;

	SearchFieldsBinder(Class<E> entityType, String typeName, String... dependencies) {
		this.entityType = entityType;
		this.typeName = typeName;
		this.dependencies = List.of(dependencies);
	}

	/** The values of the shared fields for one entity. */
	abstract Values values(E entity);

	@Override
	public void bind(TypeBindingContext context) {
		this.dependencies.forEach(context.dependencies()::use);
		IndexSchemaElement schema = context.indexSchemaElement();
		Fields fields = new Fields(
				schema.field(SearchFields.TYPE, keyword()).toReference(),
				schema.field(SearchFields.CITY, keyword()).toReference(),
				schema.field(SearchFields.COUNTY, keyword()).toReference(),
				schema.field(SearchFields.CLUSTER, keyword()).multiValued().toReference(),
				schema.field(SearchFields.INDUSTRY,
						context.typeFactory()
							.asString()
							.analyzer(AtlasAnalyzers.TEXT)
							.searchAnalyzer(AtlasAnalyzers.TEXT_QUERY))
					.multiValued()
					.toReference(),
				schema.field(SearchFields.AWARD_GRANTOR, keyword()).multiValued().toReference(),
				schema.field(SearchFields.AWARD_YEAR, context.typeFactory().asInteger().aggregable(Aggregable.YES))
					.multiValued()
					.toReference(),
				schema.field(SearchFields.LOCATION,
						context.typeFactory().asGeoPoint().sortable(Sortable.YES).projectable(Projectable.YES))
					.toReference(),
				schema.field(SearchFields.PROMINENCE, prominenceCount(context)).toReference(),
				schema.field(SearchFields.MENTIONS, prominenceCount(context)).toReference());
		context.bridge(this.entityType, (target, entity, writeContext) -> write(target, fields, values(entity)));
	}

	private void write(DocumentElement target, Fields fields, Values values) {
		target.addValue(fields.type(), this.typeName);
		addIfPresent(target, fields.city(), values.city());
		addIfPresent(target, fields.county(), values.county());
		values.clusters().forEach((cluster) -> target.addValue(fields.cluster(), cluster));
		values.industries().forEach((industry) -> target.addValue(fields.industry(), industry));
		values.grantors().forEach((grantor) -> target.addValue(fields.grantor(), grantor));
		values.years().forEach((year) -> target.addValue(fields.year(), year));
		addIfPresent(target, fields.location(), values.location());
		target.addValue(fields.prominence(), values.prominence());
		target.addValue(fields.mentions(), values.mentions());
	}

	private static <T> void addIfPresent(DocumentElement target, IndexFieldReference<T> field, T value) {
		if (value != null) {
			target.addValue(field, value);
		}
	}

	/** A count that relevance reads for every hit (doc values) and that a page's hits show in their score. */
	private static IndexFieldTypeFinalStep<Integer> prominenceCount(TypeBindingContext context) {
		return context.typeFactory().asInteger().sortable(Sortable.YES).projectable(Projectable.YES);
	}

	private static Function<IndexFieldTypeFactory, IndexFieldTypeFinalStep<String>> keyword() {
		return (factory) -> factory.asString().normalizer(AtlasAnalyzers.FACET).aggregable(Aggregable.YES);
	}

	private static GeoPoint locationOf(County county) {
		if (county == null || county.getLatitude() == null || county.getLongitude() == null) {
			return null;
		}
		return GeoPoint.of(county.getLatitude(), county.getLongitude());
	}

	private static String citySlugOf(County county) {
		return (county != null && county.getCity() != null) ? county.getCity().getSlug() : null;
	}

	private static <T, R> List<R> each(Collection<T> items, Function<T, R> value) {
		Set<R> values = new LinkedHashSet<>();
		for (T item : items) {
			R result = value.apply(item);
			if (result != null) {
				values.add(result);
			}
		}
		return new ArrayList<>(values);
	}

	/** The values of an entity in a county (or that is one, or null), with no mentions counted yet. */
	private static Values valuesIn(County county, Collection<Cluster> clusters, Collection<Award> awards, int sources) {
		return new Values(citySlugOf(county), (county != null) ? county.getSlug() : null,
				each(clusters, Cluster::getSlug), each(clusters, Cluster::getIndustry), each(awards, Award::getGrantor),
				each(awards, Award::getYear), locationOf(county), sources + awards.size(), 0);
	}

	/**
	 * The shared fields' values of one entity; {@code prominence} counts the sources and awards behind it and
	 * {@code mentions} the statements about its clusters and county that name it: signs of how well known it is.
	 */
	record Values(String city, String county, List<String> clusters, List<String> industries, List<String> grantors,
			List<Integer> years, GeoPoint location, int prominence, int mentions) {

		Values withMentions(int count) {
			return new Values(this.city, this.county, this.clusters, this.industries, this.grantors, this.years,
					this.location, this.prominence, count);
		}

	}

	private record Fields(IndexFieldReference<String> type, IndexFieldReference<String> city,
			IndexFieldReference<String> county, IndexFieldReference<String> cluster,
			IndexFieldReference<String> industry, IndexFieldReference<String> grantor,
			IndexFieldReference<Integer> year, IndexFieldReference<GeoPoint> location,
			IndexFieldReference<Integer> prominence, IndexFieldReference<Integer> mentions) {
	}

	/** Shared fields of a company: its county's, its clusters', and the awards of the company and its products. */
	public static class ForCompany extends SearchFieldsBinder<Company> {

		public ForCompany() {
			super(Company.class, SearchResultType.COMPANY.name(), "county.slug", "county.city.slug",
					"county.latitude", "county.longitude", "clusters.slug", "clusters.industry", "awards.grantor",
					"awards.year", "products.awards.grantor", "products.awards.year", "sources", "name", "nameZh",
					"clusters.facts.text", "county.facts.text");
		}

		@Override
		Values values(Company company) {
			List<Award> awards = new ArrayList<>(company.getAwards());
			company.getProducts().forEach((product) -> awards.addAll(product.getAwards()));
			County county = company.getCounty();
			List<Fact> statements = new ArrayList<>();
			company.getClusters().forEach((cluster) -> statements.addAll(cluster.getFacts()));
			if (county != null) {
				statements.addAll(county.getFacts());
			}
			return valuesIn(county, company.getClusters(), awards, company.getSources().size())
				.withMentions(Mentions.count(statements, company.getName(), company.getNameZh()));
		}

	}

	/** Shared fields of a product: those of its company, and its own awards. */
	public static class ForProduct extends SearchFieldsBinder<Product> {

		public ForProduct() {
			super(Product.class, SearchResultType.PRODUCT.name(), "company.county.slug", "company.county.city.slug",
					"company.county.latitude", "company.county.longitude", "company.clusters.slug",
					"company.clusters.industry", "awards.grantor", "awards.year", "sources");
		}

		@Override
		Values values(Product product) {
			Company company = product.getCompany();
			County county = (company != null) ? company.getCounty() : null;
			return valuesIn(county, (company != null) ? company.getClusters() : List.of(), product.getAwards(),
					product.getSources().size());
		}

	}

	/** Shared fields of a cluster: its county's, itself as the cluster, and its awards. */
	public static class ForCluster extends SearchFieldsBinder<Cluster> {

		public ForCluster() {
			super(Cluster.class, SearchResultType.CLUSTER.name(), "slug", "industry", "county.slug",
					"county.city.slug", "county.latitude", "county.longitude", "awards.grantor", "awards.year", "sources");
		}

		@Override
		Values values(Cluster cluster) {
			return valuesIn(cluster.getCounty(), List.of(cluster), cluster.getAwards(), cluster.getSources().size());
		}

	}

	/** Shared fields of a county: itself as the county, its city, the clusters in it, and its awards. */
	public static class ForCounty extends SearchFieldsBinder<County> {

		public ForCounty() {
			super(County.class, SearchResultType.COUNTY.name(), "slug", "city.slug", "latitude", "longitude",
					"clusters.slug", "clusters.industry", "awards.grantor", "awards.year", "sources");
		}

		@Override
		Values values(County county) {
			return valuesIn(county, county.getClusters(), county.getAwards(), county.getSources().size());
		}

	}

}
