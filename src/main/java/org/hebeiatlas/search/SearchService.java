package org.hebeiatlas.search;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionArguments.PageWindow;
import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.product.Product;
import org.hebeiatlas.search.SearchPages.Hit;
import org.hebeiatlas.search.SearchPages.Page;
import org.hebeiatlas.search.SearchQueryParser.ParsedQuery;
import org.hebeiatlas.search.SearchResultConnection.Facet;
import org.hebeiatlas.search.SearchResultConnection.SearchEdge;
import org.hebeiatlas.search.SearchResultConnection.SearchFacetField;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over companies, products, clusters and counties (relevance, typos, synonyms, the bilingual
 * glossary, filters, multi-select facets, highlights, "did you mean"), and name suggestions as a person types.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final List<Class<?>> RESULT_TYPES = List.of(Company.class, Product.class, Cluster.class, County.class);

	/** Hits beyond this position cannot be paged to (deep paging costs memory in proportion to the offset). */
	public static final int MAX_REACHABLE_HITS = 10_000;

	static final String DISTANCE_NEEDS_NEAR = "DISTANCE needs a 'near' filter to measure from";

	private final EntityManager entityManager;

	private final SearchQueryParser parser;

	private final Glossary glossary;

	private final SpellingCorrections spelling;

	private final SearchFacets facets;

	private final NameSuggestions suggestions;

	private final SearchHighlighter highlighter;

	private final Prominence prominence;

	SearchService(EntityManager entityManager, SearchQueryParser parser, Glossary glossary,
			SpellingCorrections spelling, SearchFacets facets, NameSuggestions suggestions,
			SearchHighlighter highlighter, Prominence prominence) {
		this.entityManager = entityManager;
		this.parser = parser;
		this.glossary = glossary;
		this.spelling = spelling;
		this.facets = facets;
		this.suggestions = suggestions;
		this.highlighter = highlighter;
		this.prominence = prominence;
	}

	/**
	 * One page of hits of a query.
	 * @param withFacets whether to count facets (extra queries)
	 * @param withHighlights whether to compute highlights
	 * @param withDidYouMean whether to look for a spelling correction
	 */
	public SearchResultConnection search(String query, SearchFilter filter, SearchOrder order, Integer first,
			String after, boolean withFacets, boolean withHighlights, boolean withDidYouMean) {
		ParsedQuery parsed = this.parser.parse(query);
		SearchFilter criteria = (filter != null) ? filter : SearchFilter.NONE;
		SearchFilters.check(criteria);
		SearchOrder sortOrder = (order != null) ? order : SearchOrder.RELEVANCE;
		if (sortOrder == SearchOrder.DISTANCE && criteria.near() == null) {
			throw new InvalidArgumentException("orderBy", DISTANCE_NEEDS_NEAR);
		}
		PageWindow window = new ConnectionArguments(first, after, null, null).window(() -> 0);
		if (window.offset() + window.limit() > MAX_REACHABLE_HITS) {
			throw new InvalidArgumentException("after", "points beyond the first " + MAX_REACHABLE_HITS + " hits");
		}
		SearchSession session = Search.session(this.entityManager);
		Map<String, List<String>> corrections = this.spelling.corrections(session, parsed);
		SearchQueryBuilder builder = new SearchQueryBuilder(this.glossary, query, parsed, corrections, criteria);
		Map<SearchFacetField, AggregationKey<Map<Object, Long>>> facetKeys = withFacets
				? SearchFacets.countedWithHits(criteria) : Map.of();
		SearchHighlighting highlighting = withHighlights
				? this.highlighter.forQuery(parsed, corrections) : SearchHighlighting.NONE;
		SearchPages pages = new SearchPages(session, builder, facetKeys, highlighting, this.prominence);
		Page page;
		try {
			// Without words every hit scores alike: relevance is then the name order.
			boolean byProminence = sortOrder == SearchOrder.RELEVANCE && !parsed.isEmpty();
			page = pages.fetch(sortOrder, byProminence, criteria.near(), window);
		}
		catch (SearchException ex) {
			throw SearchQueryBuilder.tooComplexOr(ex);
		}
		Connection<Hit> connection = Connection.of(page.hits(), window.offset(), page.total());
		List<SearchEdge> edges = connection.edges()
			.stream()
			.map((edge) -> new SearchEdge(edge.cursor(), edge.node().score(), edge.node().entity(),
					edge.node().highlights()))
			.toList();
		List<Facet> facets = withFacets ? this.facets.facets(session, builder, criteria, page.facetCounts()) : null;
		String didYouMean = withDidYouMean
				? this.spelling.didYouMean(session, query, corrections, criteria, page.total()) : null;
		return new SearchResultConnection(edges, connection.pageInfo(), page.total(), facets, didYouMean);
	}

	/** Names that start with the prefix (every word of it), best matches and shortest names first. */
	public List<Suggestion> suggest(String prefix, Integer first) {
		return this.suggestions.suggest(prefix, first);
	}

}
