package org.hebeiatlas.search;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.graphql.ConnectionArguments.PageWindow;
import org.hebeiatlas.search.SearchResultConnection.Highlight;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.Hibernate;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Fetches one page of hits of a search in one query, with the facets that the same query can count and the text of
 * the page's hits for their highlights, in an order that the index applies while it collects hits: relevance (text
 * score raised by {@link Prominence}), name, or distance.
 */
final class SearchPages {

	private final SearchSession session;

	private final SearchQueryBuilder builder;

	private final Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys;

	private final SearchHighlighting highlighting;

	/**
	 * @param facetKeys the facets to count along with the hits
	 */
	SearchPages(SearchSession session, SearchQueryBuilder builder,
			Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys, SearchHighlighting highlighting) {
		this.session = session;
		this.builder = builder;
		this.facetKeys = facetKeys;
		this.highlighting = highlighting;
	}

	/**
	 * A page of hits.
	 * @param byProminence whether hits are in order of relevance with prominence, with that as their score
	 * @param near where distances are measured from (needed for {@link SearchOrder#DISTANCE})
	 */
	Page fetch(SearchOrder order, boolean byProminence, SearchFilter.Near near, PageWindow window) {
		var query = this.session.search(SearchService.RESULT_TYPES)
			.select((f) -> f.composite()
				.from(f.entity().toProjection(), f.score().toProjection(),
						f.field(SearchFields.PROMINENCE, Integer.class).toProjection(),
						f.field(SearchFields.MENTIONS, Integer.class).toProjection(),
						SearchHighlights.projection(f, this.highlighting.isWanted()))
				.asList())
			.where((f) -> this.builder.query(f, null))
			.sort((f) -> switch (order) {
				case RELEVANCE -> relevance(f, byProminence).then().field(SearchFields.NAME_SORT);
				case NAME -> f.field(SearchFields.NAME_SORT).then().score();
				case DISTANCE -> f.distance(SearchFields.LOCATION, SearchFilters.point(near))
					.then()
					.field(SearchFields.NAME_SORT);
			});
		for (var facet : this.facetKeys.entrySet()) {
			query = query.aggregation(facet.getValue(), (f) -> SearchFacets.aggregation(f, facet.getKey()));
		}
		SearchResult<List<?>> result = query.fetch((int) window.offset(), window.limit());
		List<Hit> hits = result.hits().stream().map((projected) -> {
			double textScore = ((Number) projected.get(1)).doubleValue();
			double score = byProminence
					? Prominence.boosted(textScore, (Integer) projected.get(2), (Integer) projected.get(3))
					: textScore;
			return new Hit(Hibernate.unproxy(projected.get(0)), score,
					this.highlighting.of((List<?>) projected.get(4)));
		}).toList();
		return new Page(hits, result.total().hitCount(), SearchFacets.counts(result, this.facetKeys));
	}

	private static SortThenStep relevance(SearchSortFactory f, boolean byProminence) {
		if (!byProminence) {
			return f.score();
		}
		return f.extension()
			.ifSupported(LuceneExtension.get(), (lucene) -> lucene.fromLuceneSortField(Prominence.sortField()))
			.ifSupported(ElasticsearchExtension.get(), (cluster) -> cluster.fromJson(Prominence.elasticsearchSort()))
			.orElseFail();
	}

	/** A hit: the entity, its score, and its highlights. */
	record Hit(Object entity, double score, List<Highlight> highlights) {
	}

	/**
	 * One page of hits.
	 * @param total how many hits the query finds in all
	 * @param facetCounts the counts of the facets that were counted along with the hits
	 */
	record Page(List<Hit> hits, long total, Map<SearchFacetField, Map<?, Long>> facetCounts) {
	}

}
